package be.draaischijf.training.api;

import jakarta.ejb.ApplicationException;

/** No such registration (organiser operations by id). REST: 404. */
@ApplicationException(rollback = true)
public class UnknownRegistration extends RuntimeException {

    public UnknownRegistration(String message) {
        super(message);
    }
}
