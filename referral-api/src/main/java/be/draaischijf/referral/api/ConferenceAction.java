package be.draaischijf.referral.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** An action agreed at a case conference: what, who (and their e-mail for the reminder), by when, and whether it is done. */
public record ConferenceAction(
        @NotBlank(message = "is verplicht") @Size(max = 1000, message = "mag hoogstens 1000 tekens hebben") String description,
        @NotBlank(message = "is verplicht") @Size(max = 200, message = "mag hoogstens 200 tekens hebben") String owner,
        @Email(message = "is geen geldig e-mailadres") @Size(max = 200, message = "mag hoogstens 200 tekens hebben") String ownerEmail,
        @NotNull(message = "is verplicht") LocalDate dueOn,
        boolean done) implements Serializable {
}
