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
        @NotBlank(message = "vul je naam in") @Size(max = 200, message = "mag hoogstens 200 tekens lang zijn") String displayName,
        @NotBlank(message = "vul je e-mailadres in") @Email(message = "is geen geldig e-mailadres")
        @Size(max = 200, message = "mag hoogstens 200 tekens lang zijn") String email,
        @NotBlank(message = "vul je school of organisatie in") @Size(max = 200, message = "mag hoogstens 200 tekens lang zijn") String organisationName,
        @NotBlank(message = "vul je functie in") @Size(max = 200, message = "mag hoogstens 200 tekens lang zijn") String jobTitle,
        @NotNull(message = "kies een wachtwoord") @Size(min = SignUp.MIN_PASSWORD, message = "moet minstens 12 tekens lang zijn")
        @Size(max = SignUp.MAX_PASSWORD, message = "mag hoogstens 200 tekens lang zijn") String password,
        @Pattern(regexp = "nl|en", message = "moet nl of en zijn") String language) {

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
