package be.draaischijf.platform;

import java.util.Optional;

/**
 * Demo or production. Demo mode (demo accounts and demo data) is the embedded default: unless
 * {@code draaischijf.demo} says otherwise, it is on exactly when the database is an H2 database.
 */
public final class RunMode {

    private RunMode() {
    }

    public static boolean isDemo(Optional<String> demoSetting, String databaseUrl) {
        return demoSetting
                .map(String::trim)
                .filter(value -> !value.isEmpty() && !"auto".equalsIgnoreCase(value))
                .map(Boolean::parseBoolean)
                .orElseGet(() -> databaseUrl != null && databaseUrl.startsWith("jdbc:h2:"));
    }
}
