package be.draaischijf.platform.refusal;

import jakarta.ejb.ApplicationException;

/** The caller's role or organisation may not do this: REST 403. */
@ApplicationException(rollback = true)
public class NotPermitted extends Refusal {

    public NotPermitted(String key, Object... arguments) {
        super(key, arguments);
    }
}
