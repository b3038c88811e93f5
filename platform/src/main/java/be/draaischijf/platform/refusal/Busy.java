package be.draaischijf.platform.refusal;

import jakarta.ejb.ApplicationException;

/** Too many people do the same thing at once; nothing was saved and trying again in a moment works: REST 503. */
@ApplicationException(rollback = true)
public class Busy extends Refusal {

    public Busy(String key, Object... arguments) {
        super(key, arguments);
    }
}
