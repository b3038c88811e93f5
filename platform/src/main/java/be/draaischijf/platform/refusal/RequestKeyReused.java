package be.draaischijf.platform.refusal;

import jakarta.ejb.ApplicationException;

/**
 * The request key ({@code Idempotency-Key}, ADR 0049) was used before for another request (another body, another
 * caller or another session): nothing was done or saved; REST 422. Only a client that sends a key meets it: pages
 * send none.
 */
@ApplicationException(rollback = true)
public class RequestKeyReused extends Refusal {

    /** What the module says: this key belongs to another request. */
    public static final String KEY = "draaischijf.request-key.reused";

    public RequestKeyReused() {
        super(KEY);
    }
}
