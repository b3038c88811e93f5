package be.draaischijf.referral.api;

import jakarta.ejb.ApplicationException;

/** A referral to a partner without consent or another recorded legal ground: nothing is shared. */
@ApplicationException(rollback = true)
public class SharingRefused extends RuntimeException {

    public SharingRefused(String message) {
        super(message);
    }
}
