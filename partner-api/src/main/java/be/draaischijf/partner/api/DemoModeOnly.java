package be.draaischijf.partner.api;

import jakarta.ejb.ApplicationException;

/** Asked for something that exists in demo mode only (generated volume). */
@ApplicationException(rollback = true)
public class DemoModeOnly extends RuntimeException {

    public DemoModeOnly(String message) {
        super(message);
    }
}
