package be.draaischijf.web.api;

import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.i18n.Texts;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Bean Validation that ran outside a module (the JAX-RS runtime's own): the same 400 problem as a module's
 * {@code Invalid}, one entry per field, in the caller's language.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Locale language = Problems.language(headers);
        return RefusalMapper.response(ParameterValidation.invalid(exception.getConstraintViolations()), language,
                Texts.in(language), uri.getPath());
    }
}
