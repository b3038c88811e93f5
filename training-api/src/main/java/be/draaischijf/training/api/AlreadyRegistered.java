package be.draaischijf.training.api;

import jakarta.ejb.ApplicationException;

/**
 * This e-mail address already has a registration (confirmed or on the waiting list) for this session; no
 * second one was made. The web shows a friendly message ("je bent al ingeschreven; kijk in je mailbox");
 * REST: 409. The message never says which status the existing registration has.
 */
@ApplicationException(rollback = true)
public class AlreadyRegistered extends RuntimeException {

    public AlreadyRegistered() {
        super("dit e-mailadres is al ingeschreven voor deze sessie");
    }
}
