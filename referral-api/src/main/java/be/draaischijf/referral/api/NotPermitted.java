package be.draaischijf.referral.api;

import jakarta.ejb.ApplicationException;

/** The caller's role may not do this (a professional changing a case, a partner planning a conference). */
@ApplicationException(rollback = true)
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }
}
