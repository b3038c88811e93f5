package be.draaischijf.platform.refusal;

import jakarta.ejb.ApplicationException;

/**
 * The thing exists and the caller may act on it, but not now (its state forbids it): REST 409. {@code reason}, when
 * given, is a code a client may act on (as {@code reason} in the problem), beside the text.
 */
@ApplicationException(rollback = true)
public class NotAllowedNow extends Refusal {

    private final String reason;

    public NotAllowedNow(String key, Object... arguments) {
        this(null, key, arguments);
    }

    /** With a machine-readable reason for REST clients, such as {@code NOT_OPEN_YET}. */
    public static NotAllowedNow because(String reason, String key, Object... arguments) {
        return new NotAllowedNow(reason, key, arguments);
    }

    private NotAllowedNow(String reason, String key, Object[] arguments) {
        super(key, arguments);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
