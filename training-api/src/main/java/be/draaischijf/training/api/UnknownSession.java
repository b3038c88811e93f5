package be.draaischijf.training.api;

import jakarta.ejb.ApplicationException;

/** No such session, or not for this caller (a draft is unknown to the public). REST: 404. */
@ApplicationException(rollback = true)
public class UnknownSession extends RuntimeException {

    public UnknownSession(String message) {
        super(message);
    }
}
