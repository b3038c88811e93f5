package be.draaischijf.partner.api;

import jakarta.ejb.ApplicationException;

/** There is no offer with that id. */
@ApplicationException(rollback = true)
public class UnknownOffer extends RuntimeException {

    public UnknownOffer(String message) {
        super(message);
    }
}
