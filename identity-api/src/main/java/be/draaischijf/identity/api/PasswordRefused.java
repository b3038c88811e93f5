package be.draaischijf.identity.api;

import jakarta.ejb.ApplicationException;

/** The chosen password breaks a rule that depends on the account (it is the e-mail address). */
@ApplicationException(rollback = true)
public class PasswordRefused extends RuntimeException {

    /** The Dutch message for the password field. */
    public PasswordRefused(String message) {
        super(message);
    }
}
