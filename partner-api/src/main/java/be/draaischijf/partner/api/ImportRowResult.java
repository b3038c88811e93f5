package be.draaischijf.partner.api;

import be.draaischijf.platform.refusal.FieldError;
import java.io.Serializable;
import java.util.List;

/**
 * One row of an import as checked: the organisation and offer it names, whether each is new or an
 * update of an existing one ({@code offer} and {@code newOffer} are null for a row with only an
 * organisation), and what is wrong with it, per column (a message key and its values).
 */
public record ImportRowResult(int line, String organisation, boolean newOrganisation, String offer, Boolean newOffer,
                              List<FieldError> errors) implements Serializable {

    public ImportRowResult {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
