package be.draaischijf.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** HTTP errors (404, 403, 405, 415, ...) as problem responses. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Map<Integer, String> TITLES = Map.of(
            400, "Ongeldige aanvraag",
            401, "Niet aangemeld",
            403, "Geen toegang",
            404, "Niet gevonden",
            405, "Methode niet toegestaan",
            406, "Formaat niet beschikbaar",
            409, "Conflict",
            415, "Formaat niet ondersteund");

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        String title = TITLES.getOrDefault(status, "Fout");
        String message = exception.getMessage();
        String detail = message == null || message.startsWith("HTTP ") ? null : message;
        return Problems.response(status, Problems.body(status, title, detail, uri.getPath()).build());
    }
}
