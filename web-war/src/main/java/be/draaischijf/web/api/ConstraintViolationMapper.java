package be.draaischijf.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Bad input: 400 with one entry per field, in Dutch. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            errors.add(Json.createObjectBuilder()
                    .add("field", path.substring(path.lastIndexOf('.') + 1))
                    .add("message", violation.getMessage()));
        }
        return Problems.response(400, Problems.body(400, "Ongeldige invoer",
                        "Een of meer velden zijn niet correct ingevuld.", uri.getPath())
                .add("errors", errors).build());
    }
}
