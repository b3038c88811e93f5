package be.draaischijf.referral.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A need the network could not meet, kept for the capacity-gap report. */
public record UnmetNeedDraft(
        @NotBlank(message = "is verplicht") @Pattern(regexp = "[A-Z_]{1,40}", message = "is geen gekende code") String problemArea,
        @NotNull(message = "is verplicht") AgeBand ageBand,
        @Pattern(regexp = "[A-Z_]{1,40}", message = "is geen gekende code") String district,
        @NotNull(message = "is verplicht") UnmetNeedReason reason,
        @Min(value = 0, message = "mag niet negatief zijn") @Max(value = 520, message = "mag hoogstens 520 weken zijn") Integer waitingWeeks,
        @Size(max = 2000, message = "mag hoogstens 2000 tekens hebben") String note) {
}
