package be.draaischijf.partner.api;

import jakarta.ejb.ApplicationException;

/** Someone else changed the same thing since the caller read it; nothing was saved. */
@ApplicationException(rollback = true)
public class ConcurrentChange extends RuntimeException {

    public ConcurrentChange(String message) {
        super(message);
    }
}
