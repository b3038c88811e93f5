package be.draaischijf.training.api;

import jakarta.ejb.ApplicationException;

/**
 * The session's status does not allow this (publishing a cancelled session, editing a session that is
 * done, checking in someone on the waiting list). Dutch message; REST: 409.
 */
@ApplicationException(rollback = true)
public class TransitionNotAllowed extends RuntimeException {

    public TransitionNotAllowed(String message) {
        super(message);
    }
}
