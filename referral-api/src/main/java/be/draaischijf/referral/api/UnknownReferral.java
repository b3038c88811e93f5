package be.draaischijf.referral.api;

import jakarta.ejb.ApplicationException;

/**
 * No such case, referral or conference for this caller: it does not exist or lies outside what the
 * caller may see (both look the same, so ids cannot be probed).
 */
@ApplicationException(rollback = true)
public class UnknownReferral extends RuntimeException {

    public UnknownReferral(String message) {
        super(message);
    }
}
