package be.draaischijf.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the server answers (ADR 0050). It takes no database connection and says nothing about the database: a
 * restart does not bring a database back, and a liveness probe that failed with the database would have every server
 * restarted during a database outage, all at once. Readiness says whether requests can be served.
 */
@Liveness
@ApplicationScoped
public class ServerLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("draaischijf").up().build();
    }
}
