package be.draaischijf.referral.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * Someone invited to a case conference: a name and what they represent (school, partner, referrer);
 * {@code username} when they have an account, so they can see this conference (and only this one).
 */
public record ConferenceParticipant(
        @NotBlank(message = "{draaischijf.required}") @Size(max = 200, message = "{draaischijf.size.max}") String name,
        @Size(max = 200, message = "{draaischijf.size.max}") String represents,
        @Size(max = 100, message = "{draaischijf.size.max}") String username) implements Serializable {
}
