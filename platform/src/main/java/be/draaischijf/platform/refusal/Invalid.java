package be.draaischijf.platform.refusal;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The input breaks a rule: one {@link FieldError} per field at fault (Bean Validation's, turned into these by
 * {@code ParameterValidation}, and the module's own, such as an unknown code): REST 400, on a page the messages
 * next to the fields.
 */
@ApplicationException(rollback = true)
public class Invalid extends Refusal {

    private final List<FieldError> errors;

    public Invalid(List<FieldError> errors) {
        super("draaischijf.invalid");
        this.errors = List.copyOf(errors);
    }

    public Invalid(FieldError... errors) {
        this(List.of(errors));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String getMessage() {
        return "invalid " + errors;
    }
}
