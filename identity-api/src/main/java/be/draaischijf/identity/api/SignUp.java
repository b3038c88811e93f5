package be.draaischijf.identity.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A professional's request for an account: who they are and where they work. No password: that is chosen only
 * after the address is confirmed, through the mailed link, so that nobody can sign up with someone else's address
 * and take the account over once its owner confirms it.
 * {@code language} ("nl" or "en", null for Dutch) is the language of the screens after logging in.
 */
public record SignUp(
        @NotBlank(message = "{identity.name.required}") @Size(max = 200, message = "{draaischijf.size.max}") String displayName,
        @NotBlank(message = "{draaischijf.email.required}") @Email(message = "{draaischijf.email.format}")
        @Size(max = 200, message = "{draaischijf.size.max}") String email,
        @NotBlank(message = "{identity.organisation.required}") @Size(max = 200, message = "{draaischijf.size.max}") String organisationName,
        @NotBlank(message = "{identity.job-title.required}") @Size(max = 200, message = "{draaischijf.size.max}") String jobTitle,
        @Pattern(regexp = "nl|en", message = "{draaischijf.language}") String language) {

    /** The length a chosen password must have (in the confirmation and on every password form). */
    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 200;

    public SignUp {
        displayName = trimmed(displayName);
        email = trimmed(email);
        organisationName = trimmed(organisationName);
        jobTitle = trimmed(jobTitle);
    }

    @Override
    public String toString() {
        return "SignUp[" + email + "]";
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
