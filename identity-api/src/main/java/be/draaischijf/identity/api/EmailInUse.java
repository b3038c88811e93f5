package be.draaischijf.identity.api;

import jakarta.ejb.ApplicationException;

/** An account with this e-mail address exists (told only to coordinators, never to someone signing up). */
@ApplicationException(rollback = true)
public class EmailInUse extends RuntimeException {

    public EmailInUse(String message) {
        super(message);
    }
}
