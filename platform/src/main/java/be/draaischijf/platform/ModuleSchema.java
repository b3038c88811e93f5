package be.draaischijf.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates one module's tables: scripts in {@code db/migration/<module>}, plus {@code db/demo/<module>}
 * in demo mode, each module with its own history table so that several modules share one schema. On PostgreSQL
 * also {@code db/vendor/postgresql/<module>} when the module has it: what only PostgreSQL can do (the audit log's
 * append-only trigger, ADR 0040), numbered between the common scripts (V6_1 after V6); H2 runs the common ones only.
 * A module whose migrations finished is recorded in {@link MigrationStatus}, which the startup health check reads.
 */
public final class ModuleSchema {

    private static final Logger LOG = Logger.getLogger(ModuleSchema.class.getName());

    private final String module;
    private final ClassLoader classLoader;

    public ModuleSchema(String module, ClassLoader classLoader) {
        this.module = module;
        this.classLoader = classLoader;
    }

    /** Migrates, with demo data when the configuration says this is demo mode. */
    public int migrate(DataSource dataSource) {
        return migrate(dataSource, RunMode.isDemo());
    }

    public int migrate(DataSource dataSource, boolean demo) {
        List<String> locations = new ArrayList<>();
        locations.add("classpath:db/migration/" + module);
        String vendor = vendor(dataSource);
        if (vendor != null && exists("db/vendor/" + vendor + "/" + module)) {
            locations.add("classpath:db/vendor/" + vendor + "/" + module);
        }
        if (demo) {
            locations.add("classpath:db/demo/" + module);
        }
        // baseline at 0: several modules share one schema, so the second finds it "non-empty"; "*:missing": a script
        // applied once but not found now (demo data in a database no longer in demo mode) is no error
        MigrateResult result = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .table("flyway_history_" + module)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .ignoreMigrationPatterns("*:missing")
                .load()
                .migrate();
        // the startup check (ADR 0050) waits for this: only a migration that finished counts
        MigrationStatus.migrated(module);
        LOG.info(() -> (result.migrationsExecuted == 0
                ? "Schema of module " + module + " is up to date"
                : "Schema of module " + module + ": " + result.migrationsExecuted + " migration(s) applied"
                        + (result.targetSchemaVersion == null ? "" : ", now at version " + result.targetSchemaVersion))
                + " (" + String.join(", ", locations) + ")");
        return result.migrationsExecuted;
    }

    /**
     * The folder name of the database's own scripts: {@code postgresql} on PostgreSQL, else none (H2 needs none). Read
     * from the driver's product name, so the same EAR picks its scripts on whichever database it is given.
     */
    static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product != null && product.toLowerCase(Locale.ROOT).contains("postgresql") ? "postgresql" : null;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }

    /** Whether the module has this folder: the same look-up Flyway does (so it finds what this finds). */
    private boolean exists(String folder) {
        try {
            return classLoader.getResources(folder).hasMoreElements();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
