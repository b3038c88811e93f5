package be.draaischijf.identity.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An account as administrators manage it. {@code active}: may log in; {@code deactivated}: an administrator
 * switched it off; {@code pending}: waiting for its address to be confirmed or a password to be chosen;
 * {@code locked}: the login throttle holds it until {@code lockedUntil}; {@code twoFactor}: it signs in with a
 * second factor.
 */
public record StaffAccount(
        UUID id,
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        UUID organisationId,
        UUID contactPointId,
        boolean active,
        boolean deactivated,
        boolean pending,
        boolean locked,
        boolean twoFactor,
        Instant lockedUntil,
        Instant createdAt,
        int version) implements Serializable {

    public StaffAccount {
        roles = Set.copyOf(roles);
    }
}
