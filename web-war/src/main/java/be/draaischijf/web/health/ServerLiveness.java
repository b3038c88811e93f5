package be.draaischijf.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the application serves; the database state is reported but does not make the server
 * "dead", because a restart does not bring a database back.
 */
@Liveness
@ApplicationScoped
public class ServerLiveness implements HealthCheck {

    @Inject
    Database database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("draaischijf")
                .up()
                .withData("database", database.answers() ? "UP" : "DOWN")
                .build();
    }
}
