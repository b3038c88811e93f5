package be.draaischijf.partner.api;

import jakarta.ejb.ApplicationException;

/** There is no organisation with that id. */
@ApplicationException(rollback = true)
public class UnknownOrganisation extends RuntimeException {

    public UnknownOrganisation(String message) {
        super(message);
    }
}
