package be.draaischijf.referral.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** An action agreed at a case conference: what, who (and their e-mail for the reminder), by when, and whether it is done. */
public record ConferenceAction(
        @NotBlank(message = "{draaischijf.required}") @Size(max = 1000, message = "{draaischijf.size.max}") String description,
        @NotBlank(message = "{draaischijf.required}") @Size(max = 200, message = "{draaischijf.size.max}") String owner,
        @Email(message = "{draaischijf.email}") @Size(max = 200, message = "{draaischijf.size.max}") String ownerEmail,
        @NotNull(message = "{draaischijf.required}") LocalDate dueOn,
        boolean done) implements Serializable {
}
