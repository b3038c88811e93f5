package be.draaischijf.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import be.draaischijf.web.layout.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * RFC 9457 problem details, in the caller's language: English when {@code Accept-Language} prefers English, Dutch
 * otherwise (and without the header). Titles come from the web module's bundle ({@code problem.title.*}).
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private Problems() {
    }

    /** The language of the answer: the first of the caller's languages that is Dutch or English; Dutch when none is. */
    public static Locale language(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("nl".equals(locale.getLanguage())) {
                return DUTCH;
            }
        }
        return DUTCH;
    }

    /** The language of a JAX-RS request ({@code Accept-Language}). */
    public static Locale language(HttpHeaders headers) {
        try {
            return language(headers == null ? List.of() : headers.getAcceptableLanguages());
        } catch (RuntimeException malformed) {
            return DUTCH;
        }
    }

    /** The language of a servlet request ({@code Accept-Language}), for answers outside JAX-RS. */
    public static Locale language(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return DUTCH;
        }
        try {
            return language(Locale.LanguageRange.parse(header).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange())).toList());
        } catch (IllegalArgumentException malformed) {
            return DUTCH;
        }
    }

    /** A text of the web module's bundle ({@code problem.title.not-found}) in this language. */
    public static String text(Locale language, String key, Object... arguments) {
        String text = ResourceBundle.getBundle(Messages.BUNDLE, language).getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, language).format(arguments);
    }

    /** A problem whose title is the bundle's {@code problem.title.<titleKey>} in this language. */
    public static JsonObjectBuilder body(Locale language, int status, String titleKey, String detail, String instance) {
        return body(status, text(language, "problem.title." + titleKey), detail, instance);
    }

    public static JsonObjectBuilder body(int status, String title, String detail, String instance) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (instance != null) {
            body.add("instance", instance);
        }
        return body;
    }

    public static Response response(int status, JsonObject body) {
        return Response.status(status).type(MEDIA_TYPE).entity(body.toString()).build();
    }

    /** 429 with Retry-After: too many registrations or sign-ups from the same address. */
    public static Response tooMany(Locale language, long seconds, String path) {
        return retryAfter(response(429, body(language, 429, "429",
                text(language, "problem.detail.too-many", seconds), path).build()), seconds);
    }

    /**
     * 503 with Retry-After: the database cannot be reached right now (ADR 0050); a retry after {@code seconds} may
     * succeed, since the application gets new connections by itself once the database is back.
     */
    public static Response unavailable(Locale language, long seconds, String path) {
        return retryAfter(response(503, body(language, 503, "unavailable",
                text(language, "problem.detail.unavailable", seconds), path).build()), seconds);
    }

    /** A problem the caller may retry after {@code seconds} (429, 503), with its {@code Retry-After}. */
    public static Response retryAfter(Response problem, long seconds) {
        return Response.fromResponse(problem).header("Retry-After", Long.toString(seconds)).build();
    }

    /** For places outside JAX-RS, such as the authentication mechanism. */
    public static void write(HttpServletResponse response, int status, String title, String detail, String instance) {
        try {
            response.setStatus(status);
            response.setContentType(MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(body(status, title, detail, instance).build().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
