package be.draaischijf.web.security;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * Who is logged in, kept as a session attribute so that it replicates with the session. {@code credentialsVersion}
 * is the account's at login: a new password since then ends the session at its next request.
 */
public record SessionUser(String username, String displayName, Set<String> groups, UUID organisationId,
                          int credentialsVersion) implements Serializable {

    public static final String ATTRIBUTE = "draaischijf.user";

    public SessionUser {
        groups = Set.copyOf(groups);
    }

    /** The same session with the roles the account has now. */
    public SessionUser withGroups(Set<String> current) {
        return new SessionUser(username, displayName, current, organisationId, credentialsVersion);
    }
}
