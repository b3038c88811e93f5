package be.draaischijf.platform;

/** The startup state that the web module's tests set as the modules' schema beans and a new deployment would. */
public final class MigrationStatusForTests {

    private MigrationStatusForTests() {
    }

    public static void forget() {
        MigrationStatus.forget();
    }

    public static void migrated(String module) {
        MigrationStatus.migrated(module);
    }
}
