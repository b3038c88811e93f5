package be.draaischijf.identity.api;

import jakarta.ejb.ApplicationException;

/** A mailed link that cannot be used (any more). */
@ApplicationException(rollback = true)
public class InvalidToken extends RuntimeException {

    /** Why the link cannot be used; the screens say so in plain words. */
    public enum Reason {
        /** No such link (mistyped, cut off, or for something else). */
        UNKNOWN,
        /** Used once already: every link works once. */
        USED,
        /** Older than its lifetime. */
        EXPIRED
    }

    private final Reason reason;

    public InvalidToken(Reason reason) {
        super("link " + reason.name().toLowerCase(java.util.Locale.ROOT));
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
