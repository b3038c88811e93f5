package be.draaischijf.identity.api;

import java.util.Set;
import java.util.UUID;

/**
 * An account as others may see it: never the password hash. {@code organisationId} binds partner staff to their
 * organisation, {@code contactPointId} a coordinator to their contact point (both may be null).
 */
public record AccountView(
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        UUID organisationId,
        UUID contactPointId,
        String language) {

    public AccountView {
        roles = Set.copyOf(roles);
    }
}
