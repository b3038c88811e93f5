package be.draaischijf.referral.api;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What an entry of a case's timeline or audit log says, as a message key and its values, never as a sentence: the
 * page (or mail) that shows it says it in its own language, so old entries read right in Dutch and in English.
 * Keys are {@code event.*} and {@code audit.*} in the web module's bundles; values are filled in as {@code {0}},
 * {@code {1}} … (choice formats for plurals).
 */
public record EventMessage(String key, List<EventValue> values) implements Serializable {

    public EventMessage {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("an event message needs a key");
        }
        values = List.copyOf(values);
    }

    public static EventMessage of(String key, EventValue... values) {
        return new EventMessage(key, List.of(values));
    }

    /** This message with one more value. */
    public EventMessage with(EventValue value) {
        List<EventValue> more = new ArrayList<>(values);
        more.add(value);
        return new EventMessage(key, more);
    }

    /**
     * The values as stored: {@code TYPE:value} lines, with backslash, newline and carriage return escaped, so a
     * name with a line break in it cannot make a second value.
     */
    public String encodedValues() {
        StringBuilder out = new StringBuilder();
        for (EventValue value : values) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(value.type().name()).append(':')
                    .append(value.value().replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"));
        }
        return out.toString();
    }

    /** The message from its stored key and values ({@link #encodedValues()}); null when no key was stored. */
    public static EventMessage decode(String key, String encoded) {
        if (key == null) {
            return null;
        }
        List<EventValue> values = new ArrayList<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String line : encoded.split("\n", -1)) {
                int colon = line.indexOf(':');
                EventValue.Type type = EventValue.Type.valueOf(line.substring(0, colon));
                values.add(new EventValue(type, unescape(line.substring(colon + 1))));
            }
        }
        return new EventMessage(key, values);
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
