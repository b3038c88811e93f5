package be.draaischijf.identity.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One recorded change to an account: when, by whom (a username), what ({@link Kind}) and the value it got
 * ({@code detail}: the new name; the new roles as codes separated by commas; for INVITED the roles it was invited
 * with; nothing for the others).
 */
public record AccountChange(Instant at, String by, Kind kind, String detail) implements Serializable {

    public enum Kind {
        INVITED, INVITATION_SENT, NAME, ROLES, ORGANISATION, CONTACT_POINT, DEACTIVATED, REACTIVATED, UNLOCKED, TWO_FACTOR_RESET
    }
}
