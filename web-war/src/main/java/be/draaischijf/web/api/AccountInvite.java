package be.draaischijf.web.api;

import be.draaischijf.identity.api.Role;
import java.util.Set;
import java.util.UUID;

/**
 * Body of {@code POST /api/accounts}: the address of the person invited (their username), their name, their roles,
 * the organisation for PARTNER and PARTNER_ADMIN, the contact point a COORDINATOR works for (optional), and the language of the mail ("nl" or "en"; Dutch when left out).
 */
public record AccountInvite(String email, String displayName, Set<Role> roles, UUID organisationId, UUID contactPointId,
                            String language) {
}
