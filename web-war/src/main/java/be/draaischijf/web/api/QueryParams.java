package be.draaischijf.web.api;

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
            throw new BadInput(name, "api.input.integer");
        }
    }

    /** The first row of a page: 0 when absent; a negative one is a 400 (as the modules' paged lists refuse it). */
    public static int offset(String value) {
        Integer offset = integer("offset", value);
        if (offset == null) {
            return 0;
        }
        if (offset < 0) {
            throw new BadInput("offset", "api.input.not-negative");
        }
        return offset;
    }

    /** Rows per page: {@code fallback} when absent, else 1 to {@code max} (a 400 otherwise). */
    public static int size(String value, int fallback, int max) {
        Integer size = integer("size", value);
        if (size == null) {
            return fallback;
        }
        if (size < 1 || size > max) {
            throw new BadInput("size", "api.input.between", 1, max);
        }
        return size;
    }

    /** An id: null when absent, a 400 when it is not a UUID. */
    public static java.util.UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new BadInput(name, "api.input.uuid");
        }
    }

    /** Strictly true or false ("overdue=1" must not quietly mean something else): null when absent, else a 400. */
    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new BadInput(name, "api.input.boolean");
        };
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInput(name, "api.input.unknown-value");
        }
    }

    /** A code of a managed reference list (any case): null when absent, a 400 when the list does not have it. */
    public static String code(java.util.List<be.draaischijf.partner.api.ReferenceItem> list, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (!be.draaischijf.partner.api.ReferenceItem.isKnown(list, code)) {
            throw new BadInput(name, "api.input.unknown-value");
        }
        return code;
    }

    /** A calendar date (yyyy-mm-dd): null when absent, a 400 when it is not one. */
    public static java.time.LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadInput(name, "api.input.date");
        }
    }
}
