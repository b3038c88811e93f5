package be.draaischijf.web.health;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.platform.MigrationStatus;
import be.draaischijf.platform.MigrationStatusForTests;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The startup check ({@code /health/started}) is DOWN while a module has not migrated its tables yet, and names it; UP
 * once the last one has (ADR 0050). The server's health implementation is not here: a plain builder stands in for it.
 */
class MigrationsStartedTest {

    @BeforeEach
    void aNewDeployment() {
        MigrationStatusForTests.forget();
        HealthCheckResponse.setResponseProvider(Built::new);
    }

    @AfterEach
    void forgetIt() {
        MigrationStatusForTests.forget();
        HealthCheckResponse.setResponseProvider(null);
    }

    @Test
    void downWhileAModuleHasNotMigratedAndNamesTheModulesStillWaiting() {
        MigrationStatusForTests.migrated("platform");
        MigrationStatusForTests.migrated("identity");

        HealthCheckResponse started = new MigrationsStarted().call();

        assertThat(started.getName()).isEqualTo("migrations");
        assertThat(started.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(started.getData()).hasValue(Map.of("migrated", "platform, identity",
                "pending", "partner, referral, training, network"));
    }

    @Test
    void upOnceEveryModuleHasMigrated() {
        MigrationStatus.MODULES.forEach(MigrationStatusForTests::migrated);

        HealthCheckResponse started = new MigrationsStarted().call();

        assertThat(started.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(started.getData()).hasValue(Map.of("migrated", String.join(", ", MigrationStatus.MODULES),
                "pending", "none"));
    }

    /** What the check built: its name, status and data, as the server's implementation would answer them. */
    private static final class Built extends HealthCheckResponseBuilder {
        private String name;
        private HealthCheckResponse.Status status = HealthCheckResponse.Status.DOWN;
        private final Map<String, Object> data = new LinkedHashMap<>();

        @Override
        public HealthCheckResponseBuilder name(String name) {
            this.name = name;
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, String value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, long value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, boolean value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder up() {
            return status(true);
        }

        @Override
        public HealthCheckResponseBuilder down() {
            return status(false);
        }

        @Override
        public HealthCheckResponseBuilder status(boolean up) {
            status = up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN;
            return this;
        }

        @Override
        public HealthCheckResponse build() {
            return new HealthCheckResponse(name, status, Optional.of(Map.copyOf(data)));
        }
    }
}
