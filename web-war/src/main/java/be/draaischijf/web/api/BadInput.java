package be.draaischijf.web.api;

import jakarta.ws.rs.BadRequestException;
import java.util.Locale;

/**
 * A 400 about one part of the request (a query parameter, the body, its version): "{@code field}: text", the text a
 * key of the web bundle ({@code api.input.*}) rendered in the caller's language by {@link WebApplicationExceptionMapper}.
 */
public class BadInput extends BadRequestException {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final String field;
    private final String key;
    private final transient Object[] arguments;

    public BadInput(String field, String key, Object... arguments) {
        super(field + ": " + Problems.text(DUTCH, key, arguments));
        this.field = field;
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** What the problem says in this language. */
    public String detail(Locale language) {
        return field + ": " + Problems.text(language, key, arguments);
    }
}
