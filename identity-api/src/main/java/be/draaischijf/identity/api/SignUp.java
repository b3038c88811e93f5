package be.draaischijf.identity.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A professional's request for an account: who they are, where they work, and the password they choose.
 * {@code language} ("nl" or "en", null for Dutch) is the language of the screens after logging in.
 */
public record SignUp(
        @NotBlank(message = "{identity.name.required}") @Size(max = 200, message = "{draaischijf.size.max}") String displayName,
        @NotBlank(message = "{draaischijf.email.required}") @Email(message = "{draaischijf.email}")
        @Size(max = 200, message = "{draaischijf.size.max}") String email,
        @NotBlank(message = "{identity.organisation.required}") @Size(max = 200, message = "{draaischijf.size.max}") String organisationName,
        @NotBlank(message = "{identity.job-title.required}") @Size(max = 200, message = "{draaischijf.size.max}") String jobTitle,
        @NotNull(message = "{identity.password.required}") @Size(min = SignUp.MIN_PASSWORD, message = "{draaischijf.size.min}")
        @Size(max = SignUp.MAX_PASSWORD, message = "{draaischijf.size.max}") String password,
        @Pattern(regexp = "nl|en", message = "{draaischijf.language}") String language) {

    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 200;

    public SignUp {
        displayName = trimmed(displayName);
        email = trimmed(email);
        organisationName = trimmed(organisationName);
        jobTitle = trimmed(jobTitle);
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "SignUp[" + email + "]";
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
