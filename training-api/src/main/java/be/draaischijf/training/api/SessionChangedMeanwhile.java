package be.draaischijf.training.api;

import jakarta.ejb.ApplicationException;

/** Someone else changed the session since the caller read it (optimistic locking); nothing was saved. REST: 409. */
@ApplicationException(rollback = true)
public class SessionChangedMeanwhile extends RuntimeException {

    public SessionChangedMeanwhile(String message) {
        super(message);
    }
}
