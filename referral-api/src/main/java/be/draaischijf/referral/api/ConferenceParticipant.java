package be.draaischijf.referral.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * Someone invited to a case conference: a name and what they represent (school, partner, referrer);
 * {@code username} when they have an account, so they can see this conference (and only this one).
 */
public record ConferenceParticipant(
        @NotBlank(message = "is verplicht") @Size(max = 200, message = "mag hoogstens 200 tekens hebben") String name,
        @Size(max = 200, message = "mag hoogstens 200 tekens hebben") String represents,
        @Size(max = 100, message = "mag hoogstens 100 tekens hebben") String username) implements Serializable {
}
