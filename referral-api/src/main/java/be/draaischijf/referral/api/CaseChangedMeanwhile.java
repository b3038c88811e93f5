package be.draaischijf.referral.api;

import jakarta.ejb.ApplicationException;

/** Someone else changed the case since the caller read it (optimistic locking); nothing was saved. */
@ApplicationException(rollback = true)
public class CaseChangedMeanwhile extends RuntimeException {

    public CaseChangedMeanwhile(String message) {
        super(message);
    }
}
