package be.draaischijf.web.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** A page whose database cannot be reached: 503 with Retry-After for the error page; anything else passes unchanged. */
class DatabaseOutageFilterTest {

    private final DatabaseOutageFilter filter = new DatabaseOutageFilter();
    private final Map<String, String> headers = new HashMap<>();
    private Integer error;
    private boolean committed;

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
    void anyOtherFailureGoesOnToTheErrorPagesUnchanged() {
        ServletException broken = new ServletException(new FacesException(new EJBException(
                new PersistenceException("disk full"))));

        assertThatThrownBy(() -> filter.doFilter(request(), response(), failingWith(broken))).isSameAs(broken);
        assertThat(error).isNull();
        assertThat(headers).doesNotContainKey("Retry-After");
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

    private static HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(DatabaseOutageFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> "/kalender";
                    case "getMethod" -> "GET";
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
