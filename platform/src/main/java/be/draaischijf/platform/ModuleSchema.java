package be.draaischijf.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates one module's tables: scripts in {@code db/migration/<module>}, plus {@code db/demo/<module>}
 * in demo mode, each module with its own history table so that several modules share one schema.
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
        if (demo) {
            locations.add("classpath:db/demo/" + module);
        }
        MigrateResult result = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .table("flyway_history_" + module)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .ignoreMigrationPatterns("*:missing")
                .load()
                .migrate();
        LOG.info(() -> result.migrationsExecuted == 0
                ? "Schema of module " + module + " is up to date"
                : "Schema of module " + module + ": " + result.migrationsExecuted + " migration(s) applied"
                        + (result.targetSchemaVersion == null ? "" : ", now at version " + result.targetSchemaVersion));
        return result.migrationsExecuted;
    }
}
