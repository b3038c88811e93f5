package be.draaischijf.identity.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A professional's account as a coordinator creates it; the professional chooses the password. */
public record Invitation(
        @NotBlank(message = "{draaischijf.name.required}") @Size(max = 200, message = "{draaischijf.size.max}") String displayName,
        @NotBlank(message = "{identity.invitation.email.required}") @Email(message = "{draaischijf.email}")
        @Size(max = 200, message = "{draaischijf.size.max}") String email,
        @NotBlank(message = "{identity.invitation.organisation.required}") @Size(max = 200, message = "{draaischijf.size.max}") String organisationName,
        @Size(max = 200, message = "{draaischijf.size.max}") String jobTitle,
        @Pattern(regexp = "nl|en", message = "{draaischijf.language}") String language) {

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
