package be.draaischijf.web.api;

import be.draaischijf.training.api.RegistrationForm;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bad input: 400 with one entry per field, in Dutch. The field is named as the request names it: a module
 * record's component that the request calls otherwise (the registration's {@code privacyConsent} is the
 * request's {@code consent}) gets the request's name.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            errors.add(Json.createObjectBuilder()
                    .add("field", field(violation))
                    .add("message", violation.getMessage()));
        }
        return Problems.response(400, Problems.body(400, "Ongeldige invoer",
                        "Een of meer velden zijn niet correct ingevuld.", uri.getPath())
                .add("errors", errors).build());
    }

    /**
     * The last property of the violation's path ({@code register.form.email} → {@code email}; an element of a
     * set or list → the set or list, {@code create.draft.themes[].<iterable element>} → {@code themes}), in the
     * request's words.
     */
    static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath() == null ? "" : violation.getPropertyPath().toString()
                .replaceAll("\\.?<[^>]*>", "");
        String field = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[[^\\]]*\\]$", "");
        if (violation.getLeafBean() instanceof RegistrationForm) {
            return RegistrationRequest.field(field);
        }
        return field;
    }
}
