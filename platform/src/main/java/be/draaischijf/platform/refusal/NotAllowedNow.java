package be.draaischijf.platform.refusal;

import jakarta.ejb.ApplicationException;

/**
 * The thing exists and the caller may act on it, but not now (its state forbids it): REST 409. {@code reason}, when
 * given, is a code a client may act on (as {@code reason} in the problem), beside the text; {@code field}, when given,
 * the input the conflict is about (a name that is taken), so a page shows it next to that field.
 */
@ApplicationException(rollback = true)
public class NotAllowedNow extends Refusal {

    private final String reason;
    private final String field;

    public NotAllowedNow(String key, Object... arguments) {
        this(null, null, key, arguments);
    }

    /** With a machine-readable reason for REST clients, such as {@code NOT_OPEN_YET}. */
    public static NotAllowedNow because(String reason, String key, Object... arguments) {
        return new NotAllowedNow(reason, null, key, arguments);
    }

    /** A conflict about one input, such as {@code NAME_TAKEN} for the field {@code name}. */
    public static NotAllowedNow onField(String field, String reason, String key, Object... arguments) {
        return new NotAllowedNow(reason, field, key, arguments);
    }

    private NotAllowedNow(String reason, String field, String key, Object[] arguments) {
        super(key, arguments);
        this.reason = reason;
        this.field = field;
    }

    public String reason() {
        return reason;
    }

    /** The input the conflict is about; null when it is about the whole thing. */
    public String field() {
        return field;
    }
}
