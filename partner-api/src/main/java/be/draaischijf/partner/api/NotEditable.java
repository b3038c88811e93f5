package be.draaischijf.partner.api;

import jakarta.ejb.ApplicationException;

/** The caller may not change this offer or organisation: it is another organisation's (or they are no partner staff). */
@ApplicationException(rollback = true)
public class NotEditable extends RuntimeException {

    public NotEditable(String message) {
        super(message);
    }
}
