package be.draaischijf.web.health;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Whether the web module serves (ADR 0050), for readiness: the server registers the application's health checks while
 * the application is still starting, and until the web module takes requests at its address the server's own default
 * module answers there (a 404 for {@code /api/sessions}, while the checks that already answer say "UP").
 * <p>
 * In service means: this module started ({@link #contextInitialized}) and a request went through its filters
 * ({@link DatabaseOutageFilter}), which the container does only once every servlet that loads on start-up (Faces,
 * JAX-RS) is initialised and the module is mapped at its address. The readiness probe is such a request, since the
 * application has the server's root ({@code /}), where the server puts {@code /health}. Under another context root
 * {@code /health} is outside this module, and its REST application having been built ({@link RestApplicationStarted})
 * stands in for the request. Out of service again as soon as the module stops (an undeployment, a server shutting
 * down), so that a load balancer stops sending before it is gone. The state is per deployment: a redeployment loads
 * this class anew.
 */
@WebListener
public class WebModule implements ServletContextListener {

    private static volatile boolean started;
    private static volatile boolean restBuilt;
    private static volatile boolean answered;
    private static volatile boolean stopping;
    /** Whether this module has the server's root, where the health endpoints are (only then can it see a probe). */
    private static volatile boolean atRoot = true;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        atRoot = event.getServletContext().getContextPath().isEmpty();
        stopping = false;
        started = true;
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        stopping = true;
    }

    /** The REST application was built (JAX-RS configured its features). */
    static void restStarted() {
        restBuilt = true;
    }

    /** A request went through this module's filters. */
    static void answering() {
        answered = true;
    }

    /** Whether the web module takes requests: started, not stopping, and a request seen (at the root; else REST built). */
    public static boolean inService() {
        return started && !stopping && (atRoot ? answered : restBuilt);
    }

    /** The state in words, for the readiness check's data: what it still waits for while starting. */
    public static String state() {
        if (stopping) {
            return "stopping";
        }
        if (inService()) {
            return "in service";
        }
        StringBuilder waiting = new StringBuilder("starting, waiting for");
        if (!started) {
            waiting.append(" the module's start");
        } else if (atRoot) {
            waiting.append(" its first request");
        } else {
            waiting.append(" the REST application");
        }
        return waiting.toString();
    }

    /** As a new deployment begins (for tests, which share one class loader). */
    static void forget() {
        started = false;
        restBuilt = false;
        answered = false;
        stopping = false;
        atRoot = true;
    }
}
