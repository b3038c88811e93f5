package be.draaischijf.partner.api;

import java.io.Serializable;

/** A Dutch message about one field of the input. */
public record FieldError(String field, String message) implements Serializable {
}
