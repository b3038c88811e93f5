package be.draaischijf.partner.api;

import jakarta.ejb.ApplicationException;

/** The caller's role does not allow this (only coordinators and administrators create accounts). */
@ApplicationException(rollback = true)
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }
}
