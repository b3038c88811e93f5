package be.draaischijf.web.api;

import be.draaischijf.partner.api.ImportRejected;
import be.draaischijf.platform.i18n.Texts;
import be.draaischijf.platform.logging.LogContext;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.health.DatabaseUnavailable;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: logged with an id, answered with a problem that carries the same id and no stack trace, in
 * the caller's language. The modules' refusals have {@link RefusalMapper}; here a refusal the container wrapped, a
 * role the container refused (403), a database that cannot be reached (503 with Retry-After, ADR 0050), an import with
 * bad rows (422) and a body that is no JSON (400).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Exception exception) {
        Locale language = Problems.language(headers);
        if (cause(exception, jakarta.ejb.EJBAccessException.class) != null
                || cause(exception, jakarta.ejb.AccessLocalException.class) != null) {
            // the module's boundary refused the caller's role (@RolesAllowed; Payara says so for local calls)
            return Problems.response(403, Problems.body(language, 403, "not-permitted",
                    Problems.text(language, "problem.detail.not-permitted"), uri.getPath()).build());
        }
        Refusal refusal = cause(exception, Refusal.class);
        if (refusal != null) {
            // a refusal the container wrapped after all
            return RefusalMapper.response(refusal, language, Texts.in(language), uri.getPath());
        }
        java.util.Optional<Throwable> noDatabase = DatabaseUnavailable.find(exception);
        if (noDatabase.isPresent()) {
            // the database cannot be reached: 503 with Retry-After, no stack trace, no id to report (ADR 0050)
            LOG.warning(() -> "Database unavailable, 503 for " + (uri == null ? "?" : uri.getPath()) + ": " + noDatabase.get());
            return Problems.unavailable(language, DatabaseUnavailable.retryAfterSeconds(), uri == null ? null : uri.getPath());
        }
        if (exception instanceof ImportRejected rejected) {
            return Problems.response(422, Problems.body(language, 422, "import-rejected",
                    Problems.text(language, "problem.detail.import-rejected", rejected.getPreview().invalidRows()), uri.getPath())
                    .add("fileErrors", ImportResource.fileErrors(rejected.getPreview(), Texts.in(language)))
                    .add("rows", ImportResource.rows(rejected.getPreview(), Texts.in(language))).build());
        }
        if (exception instanceof jakarta.ws.rs.ProcessingException || exception instanceof jakarta.json.bind.JsonbException
                || exception instanceof jakarta.json.JsonException) {
            // a body that is no JSON, or JSON that does not fit (unknown enumeration value, bad date)
            return Problems.response(400, Problems.body(language, 400, "invalid",
                    Problems.text(language, "problem.detail.json"), uri.getPath()).build());
        }
        String id = LogContext.newErrorId();
        LOG.log(Level.SEVERE, "Unexpected error " + id + " on " + uri.getPath(), exception);
        return Problems.response(500, Problems.body(language, 500, "error",
                Problems.text(language, "problem.detail.error", id), uri.getPath()).build());
    }

    /** The exception itself or the first of its causes of this type; null when none is. */
    static <T extends Throwable> T cause(Throwable exception, Class<T> type) {
        Throwable current = exception;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return null;
    }
}
