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
        @NotBlank(message = "vul je voornaam in") @Size(max = 100, message = "mag hoogstens 100 tekens lang zijn") String firstName,
        @NotBlank(message = "vul je familienaam in") @Size(max = 100, message = "mag hoogstens 100 tekens lang zijn") String lastName,
        @NotBlank(message = "vul je e-mailadres in") @Email(message = "is geen geldig e-mailadres")
        @Size(max = 200, message = "mag hoogstens 200 tekens lang zijn") String email,
        @Size(max = 200, message = "mag hoogstens 200 tekens lang zijn") String organisation,
        @Pattern(regexp = "|[A-Z_]{1,40}", message = "is geen gekende sector") String sector,
        @Size(max = 200, message = "mag hoogstens 200 tekens lang zijn") String function,
        @Size(max = 2000, message = "mag hoogstens 2000 tekens lang zijn") String remarks,
        @AssertTrue(message = "je moet akkoord gaan met de privacyverklaring om in te schrijven") boolean privacyConsent)
        implements Serializable {
}
