package be.draaischijf.referral.api;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** Input the module refuses beyond bean validation: unknown codes, a birth date out of range. Field → Dutch message. */
@ApplicationException(rollback = true)
public class InvalidIntake extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidIntake(Map<String, String> errors) {
        super(errors.toString());
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> getErrors() {
        return errors;
    }
}
