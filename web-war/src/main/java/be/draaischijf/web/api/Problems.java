package be.draaischijf.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** RFC 9457 problem details, with Dutch titles and details. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
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
