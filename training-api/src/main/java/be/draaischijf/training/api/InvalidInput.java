package be.draaischijf.training.api;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * Input the module refuses beyond bean validation (dates in the past, a capacity below the confirmed
 * registrations, unknown codes). Field (record component name) → Dutch message; nothing was saved.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidInput(Map<String, String> errors) {
        super(errors.toString());
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> getErrors() {
        return errors;
    }
}
