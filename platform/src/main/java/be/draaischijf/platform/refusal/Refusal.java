package be.draaischijf.platform.refusal;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A module saying no, as a message key and its values, never a sentence (ADR 0023): the web renders it in the
 * request's language, next to the fields or as an RFC 9457 problem. One of a small set: {@link NotFound},
 * {@link NotPermitted}, {@link ChangedMeanwhile}, {@link NotAllowedNow}, {@link Busy}, {@link Invalid}. The
 * transaction is rolled back: nothing of the refused call is saved.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class Refusal extends RuntimeException {

    private final String key;
    private final List<Serializable> arguments;

    /** {@code key} names a text in {@code ValidationMessages}; {@code arguments} fill its {0}, {1} … */
    protected Refusal(String key, Object... arguments) {
        super(key, null, false, false);
        this.key = key;
        this.arguments = Arrays.stream(arguments).map(Refusal::serializable).toList();
    }

    public String key() {
        return key;
    }

    public List<Serializable> arguments() {
        return arguments;
    }

    @Override
    public String getMessage() {
        return arguments.isEmpty() ? key : key + " " + arguments;
    }

    private static Serializable serializable(Object value) {
        return value instanceof Serializable s ? s : String.valueOf(value);
    }
}
