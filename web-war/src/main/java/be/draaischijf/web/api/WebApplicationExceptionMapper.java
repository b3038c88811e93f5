package be.draaischijf.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP errors (401, 403, 404, 405, 415, ...) as problem responses, titled in the caller's language. The original response's headers stay
 * ({@code WWW-Authenticate} on a 401, {@code Allow} on a 405, {@code Retry-After}, {@code Location}); only those
 * that describe its body ({@code Content-*}) give way to the problem's.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    /** The statuses with a title of their own in the bundle ({@code problem.title.<status>}); else "Fout". */
    private static final java.util.Set<Integer> TITLED = java.util.Set.of(400, 401, 403, 404, 405, 406, 409, 413, 415, 429, 503);

    @Context
    UriInfo uri;

    @Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        Locale language = Problems.language(headers);
        String message = exception.getMessage();
        String detail = exception instanceof BadInput input ? input.detail(language)
                : message == null || message.startsWith("HTTP ") ? null : message;
        Response.ResponseBuilder problem = Response.fromResponse(Problems.response(status,
                Problems.body(language, status, TITLED.contains(status) ? Integer.toString(status) : "other", detail,
                        uri.getPath()).build()));
        kept(original.getHeaders()).forEach((name, values) -> values.forEach(value -> problem.header(name, value)));
        return problem.build();
    }

    /** The headers of the original response that the problem keeps: all but those about the replaced body. */
    static Map<String, List<Object>> kept(MultivaluedMap<String, Object> headers) {
        if (headers == null) {
            return Map.of();
        }
        return headers.entrySet().stream()
                .filter(header -> header.getValue() != null
                        && !header.getKey().toLowerCase(Locale.ROOT).startsWith("content-")
                        && !"transfer-encoding".equalsIgnoreCase(header.getKey()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
