package be.draaischijf.web.health;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A page that fails because the database cannot be reached (ADR 0050) is answered 503 with {@code Retry-After}: the
 * error page ({@code /fout}, web.xml) then says in words that the site is temporarily unavailable, instead of the
 * 500 page with an error id. Any other failure passes on unchanged to the error pages. The API answers the same as a
 * problem through its own mapper; the login mechanism, which runs before this filter, answers for itself.
 * <p>
 * Every request through this module's filters also tells {@link WebModule} that the module takes requests (readiness).
 */
@WebFilter(filterName = "DatabaseOutageFilter") // mapped in web.xml (REQUEST), where the order of the filters is set
public class DatabaseOutageFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        WebModule.answering();
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            Optional<Throwable> cause = DatabaseUnavailable.find(failure);
            if (cause.isEmpty() || response.isCommitted()) {
                throw failure;
            }
            LOG.warning(() -> "Database unavailable, 503 for " + request.getRequestURI() + ": " + cause.get());
            unavailable(response);
        }
    }

    /** 503 with Retry-After; the container shows the error page for 503 (web.xml). */
    static void unavailable(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", Long.toString(DatabaseUnavailable.retryAfterSeconds()));
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
