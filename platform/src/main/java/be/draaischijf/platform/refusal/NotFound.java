package be.draaischijf.platform.refusal;

import jakarta.ejb.ApplicationException;

/** Nothing of that kind, or nothing the caller may see (the two look the same, so ids cannot be probed): REST 404. */
@ApplicationException(rollback = true)
public class NotFound extends Refusal {

    public NotFound(String key, Object... arguments) {
        super(key, arguments);
    }
}
