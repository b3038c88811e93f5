package be.draaischijf.web.api;

import be.draaischijf.platform.i18n.Texts;
import be.draaischijf.platform.refusal.Busy;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.platform.refusal.RequestKeyReused;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one way the API answers a module's refusal (ADR 0023): an RFC 9457 problem in the caller's language
 * ({@code Accept-Language}, Dutch by default) whose status says what kind of no it is: invalid 400 (one entry per
 * field), not permitted 403, not found 404, changed meanwhile or not allowed now 409 (with {@code reason} when the
 * module gives one), busy 503 with {@code Retry-After}, a request key used for another request 422 (ADR 0049).
 */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    /** How long a caller waits before trying again when the module is too busy (a registration rush). */
    static final long BUSY_RETRY_SECONDS = 5;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Refusal refusal) {
        Locale language = Problems.language(headers);
        return response(refusal, language, Texts.in(language), uri == null ? null : uri.getPath());
    }

    static Response response(Refusal refusal, Locale language, Texts texts, String path) {
        if (refusal instanceof Invalid invalid) {
            return Problems.response(400, Problems.body(language, 400, "invalid", Problems.text(language, "problem.detail.invalid"),
                    path).add("errors", errors(invalid.errors(), texts)).build());
        }
        String detail = Texts.sentence(texts.of(refusal));
        if (refusal instanceof NotFound) {
            return Problems.response(404, Problems.body(language, 404, "not-found", detail, path).build());
        }
        if (refusal instanceof NotPermitted) {
            return Problems.response(403, Problems.body(language, 403, "not-permitted", detail, path).build());
        }
        if (refusal instanceof ChangedMeanwhile) {
            return Problems.response(409, Problems.body(language, 409, "changed-meanwhile", detail, path).build());
        }
        if (refusal instanceof Busy) {
            return Problems.retryAfter(Problems.response(503, Problems.body(language, 503, "busy", detail, path).build()),
                    BUSY_RETRY_SECONDS);
        }
        if (refusal instanceof RequestKeyReused) {
            // the Idempotency-Key of another request (ADR 0049): nothing done; the key's draft asks for a 422
            return Problems.response(422, Problems.body(language, 422, "key-reused", detail, path).build());
        }
        String reason = refusal instanceof NotAllowedNow notNow ? notNow.reason() : null;
        JsonObjectBuilder body = Problems.body(language, 409, titleFor(reason, language), detail, path);
        if (reason != null) {
            body.add("reason", reason);
        }
        return Problems.response(409, body.build());
    }

    /** One entry per field error: the field as the request names it, what is wrong in the caller's language. */
    static JsonArrayBuilder errors(List<FieldError> errors, Texts texts) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        errors.forEach(error -> array.add(Json.createObjectBuilder()
                .add("field", requestField(error.field()))
                .add("message", texts.of(error))));
        return array;
    }

    /**
     * The field as the request names it: the last property ({@code contacts.email} → {@code email}); the
     * registration form's {@code privacyConsent} is the request's {@code consent}.
     */
    static String requestField(String field) {
        String last = field.substring(field.lastIndexOf('.') + 1);
        return RegistrationRequest.field(last);
    }

    /** A title of its own for some reasons ("Al ingeschreven", "Inschrijvingen gesloten"); else "Niet toegestaan". */
    private static String titleFor(String reason, Locale language) {
        return reason != null && ResourceBundle.getBundle(be.draaischijf.web.layout.Messages.BUNDLE, language)
                .containsKey("problem.title.reason." + reason) ? "reason." + reason : "not-allowed";
    }
}
