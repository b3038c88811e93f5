package be.draaischijf.platform.refusal;

import jakarta.ejb.ApplicationException;

/** Someone else changed the same thing since the caller read it; nothing was saved: REST 409. */
@ApplicationException(rollback = true)
public class ChangedMeanwhile extends Refusal {

    public ChangedMeanwhile(String key, Object... arguments) {
        super(key, arguments);
    }
}
