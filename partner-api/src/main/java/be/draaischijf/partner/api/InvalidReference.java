package be.draaischijf.partner.api;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** The input names codes that are not in the network's reference lists (districts, problem areas, languages). */
@ApplicationException(rollback = true)
public class InvalidReference extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidReference(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
