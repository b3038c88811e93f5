package be.draaischijf.referral.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * What an administrator enters for a contact point: name, address, phone, e-mail, the office hours (at most one
 * period per weekday), the districts it serves and a short description in Dutch (and English). {@code version} is
 * the version read when changing an existing contact point (ignored for a new one).
 */
public record ContactPointDraft(
        @NotBlank(message = "{draaischijf.required}") @Size(max = 200, message = "{draaischijf.size.max}") String name,
        @NotBlank(message = "{draaischijf.required}") @Size(max = 300, message = "{draaischijf.size.max}") String address,
        @NotBlank(message = "{draaischijf.required}") @Size(max = 30, message = "{draaischijf.size.max}")
        @Pattern(regexp = "[0-9+ ()./-]{6,30}", message = "{draaischijf.phone}") String phone,
        @NotBlank(message = "{draaischijf.required}") @Email(message = "{draaischijf.email}")
        @Size(max = 200, message = "{draaischijf.size.max}") String email,
        @NotNull(message = "{draaischijf.required}") List<@NotNull(message = "{draaischijf.required}") @Valid OfficeHours> hours,
        @NotNull(message = "{draaischijf.required}") Set<@NotNull(message = "{draaischijf.required}") String> districts,
        @NotBlank(message = "{draaischijf.required}") @Size(max = 2000, message = "{draaischijf.size.max}") String descriptionNl,
        @Size(max = 2000, message = "{draaischijf.size.max}") String descriptionEn,
        int version) implements Serializable {

    public ContactPointDraft {
        name = blankToNull(name);
        address = blankToNull(address);
        phone = blankToNull(phone);
        email = blankToNull(email);
        descriptionNl = blankToNull(descriptionNl);
        descriptionEn = blankToNull(descriptionEn);
        hours = hours == null ? List.of() : List.copyOf(hours);
        districts = districts == null ? Set.of() : Set.copyOf(districts);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
