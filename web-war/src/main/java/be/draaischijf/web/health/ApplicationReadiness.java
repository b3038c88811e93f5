package be.draaischijf.web.health;

import be.draaischijf.platform.MigrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the application itself answers (ADR 0050): every module migrated its tables (the startup check) and
 * the web module takes requests ({@link WebModule}). Beside it, {@link DatabaseReadiness} says whether the database
 * answers; the server is ready when both are UP. While starting, the data says what it waits for.
 */
@Readiness
@ApplicationScoped
public class ApplicationReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        List<String> pending = MigrationStatus.pending();
        boolean web = WebModule.inService();
        return HealthCheckResponse.named("application")
                .status(pending.isEmpty() && web)
                .withData("migrations", pending.isEmpty() ? "done" : "waiting for " + String.join(", ", pending))
                .withData("web", WebModule.state())
                .build();
    }
}
