package be.draaischijf.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.logging.Logger;

/**
 * A Payara Server 6 domain of our own: unpacked from the distribution zip, created with its own port
 * base, bound to loopback, started with the given environment (database settings), with the EAR
 * deployed and ready.
 */
public final class PayaraServer implements Deployment {

    private static final Logger LOG = Logger.getLogger(PayaraServer.class.getName());
    private static final String DOMAIN = "draaischijf";

    private final PayaraInstall install;
    private final Path ear;
    private final int portBase;
    private final Map<String, String> environment;
    private boolean started;
    private boolean jsonLogs;

    public PayaraServer(Path zip, Path ear, Path work, int portBase, Map<String, String> environment) {
        this.install = new PayaraInstall(zip, work);
        this.ear = ear;
        this.portBase = portBase;
        this.environment = Map.copyOf(environment);
    }

    /**
     * The server writes its server.log in Payara's JSON format, one object per line, with the application's request and
     * error ids as fields (ADR 0053). Before {@link #start}.
     */
    public PayaraServer withJsonLogs(boolean json) {
        this.jsonLogs = json;
        return this;
    }

    public int httpPort() {
        return portBase + 80;
    }

    public int adminPort() {
        return portBase + 48;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort();
    }

    public Path serverLog() {
        return domainDir().resolve("logs/server.log");
    }

    public PayaraServer start(Duration readyWithin) {
        install.unpack();
        freshDomain();
        asadmin(Duration.ofMinutes(3), "start-domain", DOMAIN);
        started = true;
        // start-domain returns before the web container runs; a deploy then fails with
        // "This web container has not yet been started"
        awaitAnswer("/", Duration.ofMinutes(2), status -> true);
        if (jsonLogs) {
            asadmin(Duration.ofMinutes(1), "--port", Integer.toString(adminPort()), "set-log-file-format",
                    PayaraInstall.JSON_LOG_FORMATTER);
        } else {
            pause(Duration.ofSeconds(2));
        }
        for (int attempt = 1; ; attempt++) {
            try {
                deploy();
                awaitAnswer("/health/ready", readyWithin, status -> status == 200);
                // the database answers; the modules must too (a half-failed deploy leaves closed persistence units)
                awaitAnswer("/api/partners?size=1", Duration.ofSeconds(30), status -> status == 200);
                return this;
            } catch (IllegalStateException failed) {
                if (attempt == 2) {
                    throw failed;
                }
                // a deploy that raced the web container's start leaves a broken application behind:
                // start from a clean domain process rather than deploying over it
                LOG.warning("Starting over with a new domain after: " + failed.getMessage());
                asadmin(Duration.ofMinutes(2), "stop-domain", DOMAIN);
                freshDomain();
                asadmin(Duration.ofMinutes(3), "start-domain", DOMAIN);
                awaitAnswer("/", Duration.ofMinutes(2), status -> true);
                pause(Duration.ofSeconds(5));
            }
        }
    }

    /** {@code kill -9} of the server's JVM: no shutdown; what it held in memory and had not written is gone. */
    public void kill() {
        PayaraInstall.killHard(PayaraInstall.pid(domainDir().resolve("config/pid"), "the server"), "the server");
    }

    /**
     * Starts the domain again after {@link #kill} (the application stays deployed in it) and waits until the
     * application answers its readiness and its API.
     */
    public void restart(Duration readyWithin) {
        asadmin(Duration.ofMinutes(3), "start-domain", DOMAIN);
        started = true;
        awaitAnswer("/health/ready", readyWithin, status -> status == 200);
        awaitAnswer("/api/partners?size=1", Duration.ofSeconds(60), status -> status == 200);
    }

    @Override
    public void close() {
        if (started) {
            started = false;
            try {
                asadmin(Duration.ofMinutes(2), "stop-domain", DOMAIN);
            } catch (RuntimeException e) {
                LOG.warning("Stopping Payara: " + e.getMessage());
            }
        }
    }

    /**
     * A new domain every time: a domain kept from an earlier run can hold an exploded application with
     * "stale files" that make the next deploy ignore the web module. (The data is not in the domain.)
     */
    private void freshDomain() {
        // only a server that still answers on the admin port is stopped (asking asadmin costs 15 s when none runs)
        if (Files.exists(domainDir().resolve("config/domain.xml")) && listening(adminPort())) {
            try {
                // a server of this domain left running (an interrupted run) would keep the ports
                asadmin(Duration.ofMinutes(2), "stop-domain", DOMAIN);
            } catch (RuntimeException notRunning) {
                LOG.fine(() -> "No server of the old domain to stop: " + notRunning.getMessage());
            }
        }
        PayaraInstall.deleteRecursively(domainDir());
        createDomain();
    }

    private void createDomain() {
        asadmin(Duration.ofMinutes(3), "create-domain", "--nopassword=true", "--portbase", Integer.toString(portBase),
                "--checkports=false", DOMAIN);
        Path domainXml = domainDir().resolve("config/domain.xml");
        try {
            // bound to loopback; and no X-Powered-By or Server header naming Payara and its version, as in the README
            Files.writeString(domainXml, ProductHeaders.off(LoopbackDomain.bindToLoopback(Files.readString(domainXml))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path domainDir() {
        return install.domainDir(DOMAIN);
    }

    private void asadmin(Duration timeout, String... arguments) {
        install.asadmin(environment, timeout, arguments);
    }

    private static boolean listening(int port) {
        return PayaraInstall.listening(port);
    }

    private static void pause(Duration duration) {
        PayaraInstall.pause(duration);
    }

    private void deploy() {
        asadmin(Duration.ofMinutes(5), "--port", Integer.toString(adminPort()), "deploy", "--force=true",
                "--name", "draaischijf", ear.toAbsolutePath().toString());
    }

    /** Polls the path until its status is accepted; the server may not listen yet. */
    private void awaitAnswer(String path, Duration within, IntPredicate accepted) {
        PayaraInstall.awaitAnswer(baseUrl() + path, within, accepted, serverLog());
    }

    /** Environment for the domain: database settings as city IT would set them. */
    public static Map<String, String> databaseEnvironment(String datasourceClass, String url, String user,
                                                          String password, boolean demo) {
        Map<String, String> env = new HashMap<>();
        env.put("DRAAISCHIJF_DB_DATASOURCE_CLASS", datasourceClass);
        env.put("DRAAISCHIJF_DB_URL", url);
        env.put("DRAAISCHIJF_DB_USER", user);
        env.put("DRAAISCHIJF_DB_PASSWORD", password);
        env.put("DRAAISCHIJF_DEMO", Boolean.toString(demo));
        return env;
    }
}
