package be.draaischijf.identity.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A professional's account as a coordinator creates it; the professional chooses the password. */
public record Invitation(
        @NotBlank(message = "vul een naam in") @Size(max = 200, message = "mag hoogstens 200 tekens lang zijn") String displayName,
        @NotBlank(message = "vul een e-mailadres in") @Email(message = "is geen geldig e-mailadres")
        @Size(max = 200, message = "mag hoogstens 200 tekens lang zijn") String email,
        @NotBlank(message = "vul een school of organisatie in") @Size(max = 200, message = "mag hoogstens 200 tekens lang zijn") String organisationName,
        @Size(max = 200, message = "mag hoogstens 200 tekens lang zijn") String jobTitle,
        @Pattern(regexp = "nl|en", message = "moet nl of en zijn") String language) {

    public Invitation {
        displayName = trimmed(displayName);
        email = trimmed(email);
        organisationName = trimmed(organisationName);
        jobTitle = trimmed(jobTitle);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
