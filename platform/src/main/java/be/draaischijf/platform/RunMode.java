package be.draaischijf.platform;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Demo or production. Demo mode (demo accounts and demo data) is the embedded default: unless
 * {@code draaischijf.demo} says otherwise, it is on exactly when the database is an H2 database <em>and</em> the
 * application's address ({@code draaischijf.base-url}) is on this machine (loopback). An installation that people
 * reach over the network is never in demo mode by itself: only {@code draaischijf.demo=true} puts it there.
 */
public final class RunMode {

    private RunMode() {
    }

    /** Demo mode as the application's configuration says ({@code draaischijf.demo}, {@code draaischijf.db.url}). */
    public static boolean isDemo() {
        Config config = ConfigProvider.getConfig();
        return isDemo(config.getOptionalValue("draaischijf.demo", String.class),
                config.getOptionalValue("draaischijf.db.url", String.class).orElse(null),
                config.getOptionalValue("draaischijf.base-url", String.class).orElse(null));
    }

    public static boolean isDemo(Optional<String> demoSetting, String databaseUrl, String baseUrl) {
        return demoSetting
                .map(String::trim)
                .filter(value -> !value.isEmpty() && !"auto".equalsIgnoreCase(value))
                .map(Boolean::parseBoolean)
                .orElseGet(() -> databaseUrl != null && databaseUrl.startsWith("jdbc:h2:") && isLoopback(baseUrl));
    }

    /**
     * Whether this address names this machine: localhost (and *.localhost), 127.0.0.0/8 or ::1. Decided on the text
     * alone, without a name look-up; no address (the default) is this machine's.
     */
    public static boolean isLoopback(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return true;
        }
        String host;
        try {
            host = URI.create(baseUrl.trim()).getHost();
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return true;
        }
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        if (!host.matches("[0-9.]+|[0-9a-f:]+")) {
            return false;
        }
        try {
            // a literal address: no look-up happens
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException notAnAddress) {
            return false;
        }
    }
}
