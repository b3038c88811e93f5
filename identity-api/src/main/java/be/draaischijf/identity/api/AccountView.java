package be.draaischijf.identity.api;

import java.util.Set;
import java.util.UUID;

/** An account as others may see it: never the password hash. */
public record AccountView(
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        UUID organisationId,
        String language) {

    public AccountView {
        roles = Set.copyOf(roles);
    }
}
