package be.draaischijf.identity.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A professional's account as coordinators see it. {@code active}: may log in (the address is verified or
 * the invited professional chose a password); {@code createdAt} is null for accounts older than sign-up.
 */
public record ProfessionalAccount(
        String username,
        String displayName,
        String email,
        String organisationName,
        String jobTitle,
        boolean active,
        Instant createdAt) implements Serializable {
}
