package be.draaischijf.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers: during a database outage a load balancer sends people elsewhere, or, with no
 * other server, they get the 503 pages with Retry-After (ADR 0050).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    Database database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(database.answers()).build();
    }
}
