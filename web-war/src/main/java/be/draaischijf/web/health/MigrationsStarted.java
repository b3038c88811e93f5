package be.draaischijf.web.health;

import be.draaischijf.platform.MigrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/**
 * Started once every module migrated its tables ({@code /health/started}, ADR 0050): the platform, identity, partner,
 * referral, training and network modules each migrate at deployment and record it ({@link MigrationStatus}). DOWN
 * names the modules not migrated yet. A startup probe on this holds back the liveness and readiness probes of a
 * server whose first start migrates a large database.
 */
@Startup
@ApplicationScoped
public class MigrationsStarted implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        List<String> migrated = MigrationStatus.migrated();
        List<String> pending = MigrationStatus.pending();
        return HealthCheckResponse.named("migrations")
                .status(pending.isEmpty())
                .withData("migrated", migrated.isEmpty() ? "none yet" : String.join(", ", migrated))
                .withData("pending", pending.isEmpty() ? "none" : String.join(", ", pending))
                .build();
    }
}
