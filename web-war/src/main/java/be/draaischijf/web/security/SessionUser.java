package be.draaischijf.web.security;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/** Who is logged in, kept as a session attribute so that it replicates with the session. */
public record SessionUser(String username, String displayName, Set<String> groups, UUID organisationId)
        implements Serializable {

    public static final String ATTRIBUTE = "draaischijf.user";

    public SessionUser {
        groups = Set.copyOf(groups);
    }
}
