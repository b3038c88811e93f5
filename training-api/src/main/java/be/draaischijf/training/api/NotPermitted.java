package be.draaischijf.training.api;

import jakarta.ejb.ApplicationException;

/** The caller is not a coordinator or administrator (or unknown). REST: 403. */
@ApplicationException(rollback = true)
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }
}
