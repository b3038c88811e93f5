package be.draaischijf.identity.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * Something that happened to the security of an account, for the administrators to search: when, what, whose account
 * (the username as given, also for an unknown one), from which client address, by whom (for a change an administrator
 * made) and a detail code ({@code detail}: the reason of a failure such as {@code WRONG_PASSWORD}, or the new roles).
 * Never a password, a token or a code.
 */
public record SecurityEvent(Instant at, Kind kind, String username, String address, String by, String detail)
        implements Serializable {

    /** What happened; the pages name each as {@code securityEvent.<NAME>}. */
    public enum Kind {
        LOGIN_SUCCEEDED, LOGIN_FAILED, ACCOUNT_LOCKED, ADDRESS_LIMITED,
        SIGNED_UP, PASSWORD_RESET_REQUESTED, PASSWORD_CHANGED,
        INVITED, INVITATION_SENT, NAME, ROLES, ORGANISATION, CONTACT_POINT, DEACTIVATED, REACTIVATED, UNLOCKED,
        TWO_FACTOR_ENABLED, TWO_FACTOR_DISABLED, TWO_FACTOR_RESET, RECOVERY_CODE_USED, API_TOKEN_CREATED, API_TOKEN_REVOKED,
        /** A coordinator or administrator asked what the identity module holds about an address (detail: how many records). */
        DATA_SUBJECT_SEARCH
    }

    /** Why a login failed ({@code detail} of {@link Kind#LOGIN_FAILED}). */
    public static final String UNKNOWN_ACCOUNT = "UNKNOWN_ACCOUNT";
    public static final String NOT_ACTIVE = "NOT_ACTIVE";
    public static final String WRONG_PASSWORD = "WRONG_PASSWORD";
    public static final String LOCKED = "LOCKED";
    /** A demo account while demo mode is off. */
    public static final String DEMO_ACCOUNT = "DEMO_ACCOUNT";
    /** The second step of a login: a code that does not match (or was used already). */
    public static final String WRONG_CODE = "WRONG_CODE";
    /** HTTP Basic for an account with (or required to have) two-factor sign-in: it uses an API token. */
    public static final String SECOND_FACTOR_REQUIRED = "SECOND_FACTOR_REQUIRED";
    /** An API token that is unknown or revoked. */
    public static final String UNKNOWN_TOKEN = "UNKNOWN_TOKEN";
}
