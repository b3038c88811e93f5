package be.draaischijf.web.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.platform.logging.LogContext;
import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A page whose database cannot be reached: 503 with Retry-After for the error page; anything else unforeseen: logged
 * once with an error id that the 500 page shows; a page kept too long passes unchanged.
 */
class DatabaseOutageFilterTest {

    private final DatabaseOutageFilter filter = new DatabaseOutageFilter();
    private final Map<String, String> headers = new HashMap<>();
    private Integer error;
    private boolean committed;
    private final Map<String, Object> attributes = new HashMap<>();

    @BeforeAll
    static void quiet() {
        Logger.getLogger(DatabaseOutageFilter.class.getName()).setLevel(Level.OFF);
    }

    @Test
    void aPageWhoseDatabaseIsAwayIsA503WithRetryAfterForTheErrorPage() throws Exception {
        filter.doFilter(request(), response(), failingWith(new ServletException(new FacesException(new EJBException(
                new PersistenceException(new SQLException("Connection to 127.0.0.1:5432 refused", "08001")))))));

        assertThat(error).isEqualTo(503);
        assertThat(headers).containsEntry("Retry-After", "5");
    }

    @Test
    void anyOtherFailureIsLoggedWithAnIdThatTheErrorPageShowsBesideTheRequestsId() throws Exception {
        ServletException broken = new ServletException(new FacesException(new EJBException(
                new PersistenceException("disk full"))));
        java.util.List<java.util.logging.LogRecord> logged = new java.util.ArrayList<>();
        Logger log = Logger.getLogger(DatabaseOutageFilter.class.getName());
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord line) {
                logged.add(line);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.setLevel(Level.ALL);
        log.setUseParentHandlers(false);
        log.addHandler(capture);
        String requestId = LogContext.begin("nginx-request-0042");
        try {
            filter.doFilter(request(), response(), failingWith(broken));
        } finally {
            LogContext.end();
            log.removeHandler(capture);
            log.setUseParentHandlers(true);
            log.setLevel(Level.OFF);
        }

        assertThat(error).isEqualTo(500);
        assertThat(headers).doesNotContainKey("Retry-After");
        String errorId = (String) attributes.get(DatabaseOutageFilter.ERROR_ID);
        assertThat(errorId).as("the id the error page shows").matches("[0-9a-f-]{36}");
        assertThat(logged).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(line.getMessage()).contains(errorId, "/kalender");
            assertThat(line.getThrown()).isSameAs(broken);
        });
        assertThat(requestId).isEqualTo("nginx-request-0042");
    }

    @Test
    void aPageKeptTooLongGoesOnToTheErrorPagesUnchanged() {
        ServletException expired = new ServletException(new jakarta.faces.application.ViewExpiredException("/kalender.xhtml"));

        assertThatThrownBy(() -> filter.doFilter(request(), response(), failingWith(expired))).isSameAs(expired);
        assertThat(error).isNull();
    }

    @Test
    void aResponseAlreadySentCannotChangeItsStatus() {
        committed = true;
        RuntimeException away = new EJBException(new PersistenceException(new SQLException("I/O error", "08006")));

        assertThatThrownBy(() -> filter.doFilter(request(), response(), failingWith(away))).isSameAs(away);
        assertThat(error).isNull();
    }

    @Test
    void everyRequestThroughTheFilterTellsReadinessThatTheModuleTakesRequests() throws Exception {
        WebModule.forget();
        new WebModule().contextInitialized(new jakarta.servlet.ServletContextEvent(WebModuleTest.context("")));
        assertThat(WebModule.inService()).isFalse();

        filter.doFilter(request(), response(), (request, response) -> { });

        assertThat(WebModule.inService()).isTrue();
        WebModule.forget();
    }

    private static FilterChain failingWith(Exception failure) {
        return (request, response) -> {
            if (failure instanceof ServletException servlet) {
                throw servlet;
            }
            throw (RuntimeException) failure;
        };
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(DatabaseOutageFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> "/kalender";
                    case "getMethod" -> "GET";
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    default -> null;
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "isCommitted":
                            return committed;
                        case "setHeader":
                            headers.put((String) args[0], (String) args[1]);
                            return null;
                        case "sendError":
                            error = (Integer) args[0];
                            return null;
                        default:
                            throw new AssertionError("unexpected call HttpServletResponse." + method.getName());
                    }
                });
    }
}
