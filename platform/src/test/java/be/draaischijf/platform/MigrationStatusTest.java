package be.draaischijf.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the startup check reads: which modules migrated their tables since the deployment began. */
class MigrationStatusTest {

    @BeforeEach
    void aNewDeployment() {
        MigrationStatus.forget();
    }

    @Test
    void aNewDeploymentWaitsForEveryModuleInTheEarsOrder() {
        assertThat(MigrationStatus.pending())
                .containsExactly("platform", "identity", "partner", "referral", "training", "network");
        assertThat(MigrationStatus.migrated()).isEmpty();
        assertThat(MigrationStatus.complete()).isFalse();
    }

    @Test
    void eachMigratedModuleLeavesTheWaitingListAndTheLastOneCompletesIt() {
        MigrationStatus.migrated("platform");
        MigrationStatus.migrated("referral");

        assertThat(MigrationStatus.migrated()).containsExactly("platform", "referral");
        assertThat(MigrationStatus.pending()).containsExactly("identity", "partner", "training", "network");
        assertThat(MigrationStatus.complete()).isFalse();

        for (String module : MigrationStatus.MODULES) {
            MigrationStatus.migrated(module);
        }
        MigrationStatus.migrated("referral");

        assertThat(MigrationStatus.pending()).isEmpty();
        assertThat(MigrationStatus.migrated()).containsExactlyElementsOf(MigrationStatus.MODULES);
        assertThat(MigrationStatus.complete()).isTrue();
    }

    @Test
    void aModuleNobodyWaitsForChangesNothing() {
        MigrationStatus.migrated("demo");

        assertThat(MigrationStatus.migrated()).isEmpty();
        assertThat(MigrationStatus.pending()).hasSize(MigrationStatus.MODULES.size());
    }

    @Test
    void aMigrationThatFailsIsNotCountedAsDone() {
        DataSource away = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    throw new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
                });

        assertThatThrownBy(() -> new ModuleSchema("training", getClass().getClassLoader()).migrate(away, false))
                .isInstanceOf(IllegalStateException.class);

        assertThat(MigrationStatus.pending()).contains("training");
    }
}
