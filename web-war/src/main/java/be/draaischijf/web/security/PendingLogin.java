package be.draaischijf.web.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A login whose password was right and whose second factor must follow, kept in the session (never logged in yet):
 * who, the account's credentials version read before the password was checked, and since when (it expires).
 */
public record PendingLogin(String username, int credentialsVersion, Instant since) implements Serializable {

    public static final String ATTRIBUTE = "draaischijf.pending-login";
    /** How long the code may take. */
    static final Duration VALID = Duration.ofMinutes(5);

    boolean isValid(Instant now) {
        return now.isBefore(since.plus(VALID));
    }
}
