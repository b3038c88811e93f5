package be.draaischijf.training.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A registration as the public form and {@code POST /api/sessions/{id}/registrations} fill it in (no account
 * needed). {@code sector}: a sector code of the partner module's list, or empty. {@code privacyConsent} must
 * be true (the moment is stored).
 */
public record RegistrationForm(
        @NotBlank(message = "{training.first-name.required}") @Size(max = 100, message = "{draaischijf.size.max}") String firstName,
        @NotBlank(message = "{training.last-name.required}") @Size(max = 100, message = "{draaischijf.size.max}") String lastName,
        @NotBlank(message = "{draaischijf.email.required}") @Email(message = "{draaischijf.email.format}")
        @Size(max = 200, message = "{draaischijf.size.max}") String email,
        @Size(max = 200, message = "{draaischijf.size.max}") String organisation,
        @Pattern(regexp = "|[A-Z_]{1,40}", message = "{draaischijf.sector.unknown}") String sector,
        @Size(max = 200, message = "{draaischijf.size.max}") String function,
        @Size(max = 2000, message = "{draaischijf.size.max}") String remarks,
        @AssertTrue(message = "{training.consent.register}") boolean privacyConsent)
        implements Serializable {
}
