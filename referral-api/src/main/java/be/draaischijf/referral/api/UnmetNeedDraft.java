package be.draaischijf.referral.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A need the network could not meet, kept for the capacity-gap report. */
public record UnmetNeedDraft(
        @NotBlank(message = "{draaischijf.required}") @Pattern(regexp = "[A-Z_]{1,40}", message = "{draaischijf.code.unknown}") String problemArea,
        @NotNull(message = "{draaischijf.required}") AgeBand ageBand,
        @Pattern(regexp = "[A-Z_]{1,40}", message = "{draaischijf.code.unknown}") String district,
        @NotNull(message = "{draaischijf.required}") UnmetNeedReason reason,
        @Min(value = 0, message = "{draaischijf.not-negative}") @Max(value = 520, message = "{draaischijf.max.weeks}") Integer waitingWeeks,
        @Size(max = 2000, message = "{draaischijf.size.max}") String note) {
}
