package be.draaischijf.identity.api;

import java.util.Set;

/**
 * What an open session must still hold to go on: the account may log in, has these roles now, and its password
 * is the one the session was opened with ({@code credentialsVersion} goes up with every new password).
 * {@code mustEnrol}: its roles require two-factor sign-in (administrators and coordinators, outside demo mode) and it
 * has none yet: the session may only set it up.
 */
public record AccountStanding(boolean active, Set<Role> roles, int credentialsVersion, boolean mustEnrol) {

    public AccountStanding {
        roles = Set.copyOf(roles);
    }
}
