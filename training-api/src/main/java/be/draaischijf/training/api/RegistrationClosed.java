package be.draaischijf.training.api;

import jakarta.ejb.ApplicationException;

/** The session takes no registrations now; {@link #getReason()} says why. REST: 409. */
@ApplicationException(rollback = true)
public class RegistrationClosed extends RuntimeException {

    /** Why; labels in the web module's bundles as {@code registrationClosed.<NAME>}. */
    public enum Reason {
        /** The window opens later. */
        NOT_OPEN_YET,
        /** The window closed (or the session started). */
        CLOSED,
        /** Not published (a draft or done). */
        NOT_PUBLISHED,
        /** The organiser cancelled the session. */
        SESSION_CANCELLED
    }

    private final Reason reason;

    public RegistrationClosed(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
