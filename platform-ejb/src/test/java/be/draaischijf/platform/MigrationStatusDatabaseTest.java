package be.draaischijf.platform;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.testing.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The startup check's record (ADR 0050) on both databases: the platform's migrations, as PlatformSchema runs them at
 * deployment, count as done once they ran, and again (up to date, nothing applied) at the next start.
 */
class MigrationStatusDatabaseTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void thePlatformCountsAsMigratedOnceItsMigrationsRanAndAtEveryStartAfter(TestDatabase kind) {
        MigrationStatus.forget();
        DataSource database = kind.create();

        int applied = new ModuleSchema("platform", getClass().getClassLoader()).migrate(database, false);

        assertThat(applied).isPositive();
        assertThat(MigrationStatus.migrated()).containsExactly("platform");
        assertThat(MigrationStatus.pending()).doesNotContain("platform").contains("identity", "network");

        // the next deployment: a new class loader remembers nothing, and the schema is up to date
        MigrationStatus.forget();
        int again = new ModuleSchema("platform", getClass().getClassLoader()).migrate(database, false);

        assertThat(again).isZero();
        assertThat(MigrationStatus.migrated()).containsExactly("platform");
    }
}
