package be.draaischijf.partner.api;

import jakarta.ejb.ApplicationException;

/** The caller may not change this offer: it belongs to another organisation (or they are no partner staff). */
@ApplicationException(rollback = true)
public class OfferNotEditable extends RuntimeException {

    public OfferNotEditable(String message) {
        super(message);
    }
}
