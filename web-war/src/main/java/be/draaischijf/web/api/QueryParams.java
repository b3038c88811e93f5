package be.draaischijf.web.api;

import jakarta.ws.rs.BadRequestException;
import java.util.Locale;

/**
 * Reads optional query parameters so that a malformed one is a 400 problem naming it, not the 404
 * JAX-RS gives when it cannot convert a parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + ": moet een geheel getal zijn");
        }
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(name + ": is geen gekende waarde");
        }
    }
}
