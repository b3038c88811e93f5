package be.draaischijf.platform.refusal;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What is wrong with one field of the input: the field's name in the API, a message key, and the values its text
 * names ({@code {max}} in "mag hoogstens {max} tekens lang zijn"), by name.
 */
public record FieldError(String field, String key, Map<String, Serializable> arguments) implements Serializable {

    public FieldError {
        arguments = arguments == null ? Map.of() : new LinkedHashMap<>(arguments);
    }

    /** A field error without values. */
    public static FieldError of(String field, String key) {
        return new FieldError(field, key, Map.of());
    }

    /** A field error with one value, named {@code name} in the text. */
    public static FieldError of(String field, String key, String name, Serializable value) {
        return new FieldError(field, key, Map.of(name, value));
    }
}
