package be.draaischijf.platform;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which modules have migrated their tables since this deployment began (ADR 0050). Each module's schema bean migrates
 * at deployment through {@link ModuleSchema}, which records the module here once its migrations are done. The platform
 * jar sits in the EAR's lib, one class loader for every module, so the web module's startup check reads what the EJB
 * modules recorded; a new deployment (a new class loader) starts with none.
 */
public final class MigrationStatus {

    /**
     * Every module that migrates tables, in the EAR's order (ear/pom.xml); the startup check waits for all of them. A new
     * module with a schema bean belongs here too ({@code MigratingModulesTest} compares this list with the schema beans).
     */
    public static final List<String> MODULES = List.of("platform", "identity", "partner", "referral", "training", "network");

    private static final Set<String> MIGRATED = ConcurrentHashMap.newKeySet();

    private MigrationStatus() {
    }

    /** The module's migrations are done (called by {@link ModuleSchema} after Flyway finished without an error). */
    static void migrated(String module) {
        MIGRATED.add(module);
    }

    /** The expected modules whose migrations are done, in the EAR's order. */
    public static List<String> migrated() {
        return MODULES.stream().filter(MIGRATED::contains).toList();
    }

    /** The expected modules whose migrations are not done yet, in the EAR's order; empty once every one is. */
    public static List<String> pending() {
        return MODULES.stream().filter(module -> !MIGRATED.contains(module)).toList();
    }

    /** Whether every expected module has migrated its tables. */
    public static boolean complete() {
        return pending().isEmpty();
    }

    /** As a new deployment begins: nothing migrated yet (for tests, which share one class loader). */
    static void forget() {
        MIGRATED.clear();
    }
}
