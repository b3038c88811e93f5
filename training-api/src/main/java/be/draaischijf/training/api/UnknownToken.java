package be.draaischijf.training.api;

import jakarta.ejb.ApplicationException;

/**
 * A self-service link's token that the module does not know (mistyped, or from an unsubscribe that was
 * removed). The web says "deze link is niet (meer) geldig"; REST: 404.
 */
@ApplicationException(rollback = true)
public class UnknownToken extends RuntimeException {

    public UnknownToken(String message) {
        super(message);
    }
}
