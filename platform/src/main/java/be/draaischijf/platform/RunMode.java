package be.draaischijf.platform;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Demo or production. Demo mode (demo accounts and demo data) is the embedded default: unless
 * {@code draaischijf.demo} says otherwise, it is on exactly when the database is an H2 database.
 */
public final class RunMode {

    private RunMode() {
    }

    /** Demo mode as the application's configuration says ({@code draaischijf.demo}, {@code draaischijf.db.url}). */
    public static boolean isDemo() {
        Config config = ConfigProvider.getConfig();
        return isDemo(config.getOptionalValue("draaischijf.demo", String.class),
                config.getOptionalValue("draaischijf.db.url", String.class).orElse(null));
    }

    public static boolean isDemo(Optional<String> demoSetting, String databaseUrl) {
        return demoSetting
                .map(String::trim)
                .filter(value -> !value.isEmpty() && !"auto".equalsIgnoreCase(value))
                .map(Boolean::parseBoolean)
                .orElseGet(() -> databaseUrl != null && databaseUrl.startsWith("jdbc:h2:"));
    }
}
