package be.draaischijf.web.api;

import be.draaischijf.identity.api.Role;
import java.util.Set;
import java.util.UUID;

/** Body of {@code PUT /api/accounts/{id}}: the version read, the name, the roles, the organisation (for PARTNER). */
public record AccountEdit(Integer version, String displayName, Set<Role> roles, UUID organisationId, UUID contactPointId) {
}
