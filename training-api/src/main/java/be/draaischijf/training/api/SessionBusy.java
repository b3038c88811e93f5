package be.draaischijf.training.api;

import jakarta.ejb.ApplicationException;

/**
 * The session's lock could not be had in time: so many people register at once that this one waited too
 * long. Nothing was saved; trying again a few seconds later works. REST: 503 with Retry-After.
 */
@ApplicationException(rollback = true)
public class SessionBusy extends RuntimeException {

    public SessionBusy(String message) {
        super(message);
    }
}
