package be.draaischijf.partner.api;

import jakarta.ejb.ApplicationException;

/** Another organisation already has this name (names are how people and imports find an organisation). */
@ApplicationException(rollback = true)
public class DuplicateName extends RuntimeException {

    public DuplicateName(String message) {
        super(message);
    }
}
