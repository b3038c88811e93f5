package be.draaischijf.partner.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A new entry of a reference list, or the change of one. {@code code} is only read for a new entry (upper case
 * letters, digits and underscores; it never changes afterwards, since records keep it). {@code active} and
 * {@code position} left out (null) keep what was, and make a new entry active and last.
 */
public record ReferenceItemDraft(
        @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "{partner.reference.code.pattern}") String code,
        @NotBlank(message = "{draaischijf.required}") @Size(max = 200, message = "{draaischijf.size.max}") String labelNl,
        @NotBlank(message = "{draaischijf.required}") @Size(max = 200, message = "{draaischijf.size.max}") String labelEn,
        Boolean active,
        @PositiveOrZero(message = "{partner.reference.position}") Integer position) {

    public ReferenceItemDraft {
        code = code == null || code.isBlank() ? null : code.strip();
        labelNl = labelNl == null ? null : labelNl.strip();
        labelEn = labelEn == null ? null : labelEn.strip();
    }
}
