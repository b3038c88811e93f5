package be.draaischijf.referral.api;

import jakarta.ejb.ApplicationException;

/** A state change the case work does not allow (for example closing a case that was never analysed). */
@ApplicationException(rollback = true)
public class TransitionNotAllowed extends RuntimeException {

    public TransitionNotAllowed(String message) {
        super(message);
    }
}
