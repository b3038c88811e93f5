package be.draaischijf.web.health;

import be.draaischijf.platform.logging.LogContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A page that fails because the database cannot be reached (ADR 0050) is answered 503 with {@code Retry-After}: the
 * error page ({@code /fout}, web.xml) then says in words that the site is temporarily unavailable, instead of the
 * 500 page. Any other failure is logged with an error id (ADR 0053) and answered with the 500 error page, which shows
 * the id to quote when reporting it; a page kept too long passes on unchanged to the error pages. The API answers the
 * same as a problem through its own mapper; the login mechanism, which runs before this filter, answers for itself.
 * <p>
 * Every request through this module's filters also tells {@link WebModule} that the module takes requests (readiness).
 */
@WebFilter(filterName = "DatabaseOutageFilter") // mapped in web.xml (REQUEST), where the order of the filters is set
public class DatabaseOutageFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

    /** The request attribute with the id of an unforeseen error, which the error page shows ({@code fout.xhtml}). */
    public static final String ERROR_ID = "draaischijf.errorId";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        WebModule.answering();
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (response.isCommitted() || expired(failure)) {
                throw failure;
            }
            Optional<Throwable> cause = DatabaseUnavailable.find(failure);
            if (cause.isPresent()) {
                LOG.warning(() -> "Database unavailable, 503 for " + request.getRequestURI() + ": " + cause.get());
                unavailable(response);
                return;
            }
            // anything unforeseen: logged once, with an id that the error page shows (ADR 0053)
            String id = LogContext.newErrorId();
            LOG.log(Level.SEVERE, "Unexpected error " + id + " on " + request.getRequestURI(), failure);
            request.setAttribute(ERROR_ID, id);
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }

    /** A page kept too long (the error page says so in words): not an error to report. */
    private static boolean expired(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (current instanceof jakarta.faces.application.ViewExpiredException) {
                return true;
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return false;
    }

    /** 503 with Retry-After; the container shows the error page for 503 (web.xml). */
    static void unavailable(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", Long.toString(DatabaseUnavailable.retryAfterSeconds()));
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
