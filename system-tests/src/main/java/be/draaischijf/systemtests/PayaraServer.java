package be.draaischijf.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A Payara Server 6 domain of our own: unpacked from the distribution zip, created with its own port
 * base, bound to loopback, started with the given environment (database settings), with the EAR
 * deployed and ready.
 */
public final class PayaraServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PayaraServer.class.getName());
    private static final String DOMAIN = "draaischijf";

    private final Path zip;
    private final Path ear;
    private final Path work;
    private final int portBase;
    private final Map<String, String> environment;
    private boolean started;

    public PayaraServer(Path zip, Path ear, Path work, int portBase, Map<String, String> environment) {
        this.zip = zip;
        this.ear = ear;
        this.work = work;
        this.portBase = portBase;
        this.environment = Map.copyOf(environment);
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
        unpack();
        freshDomain();
        asadmin(Duration.ofMinutes(3), "start-domain", DOMAIN);
        started = true;
        // start-domain returns before the web container runs; a deploy then fails with
        // "This web container has not yet been started"
        awaitAnswer("/", Duration.ofMinutes(2), status -> true);
        pause(Duration.ofSeconds(2));
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

    /** Whether something accepts connections on this port of 127.0.0.1 (a server of an interrupted run). */
    private static boolean listening(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        } catch (IOException nothing) {
            return false;
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

    private Path home() {
        return work.resolve("payara6");
    }

    private Path domainDir() {
        return home().resolve("glassfish/domains").resolve(DOMAIN);
    }

    private void unpack() {
        if (Files.isExecutable(home().resolve("bin/asadmin"))) {
            return;
        }
        LOG.info("Unpacking Payara Server into " + work);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            Path root = work.toAbsolutePath().normalize();
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("Entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            for (Path bin : List.of(home().resolve("bin"), home().resolve("glassfish/bin"))) {
                try (var files = Files.list(bin)) {
                    files.forEach(f -> f.toFile().setExecutable(true));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + zip, e);
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
        if (Files.exists(domainDir())) {
            try (var paths = Files.walk(domainDir())) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
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

    private void asadmin(Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(home().resolve("bin/asadmin").toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.putAll(environment);
        env.put("AS_JAVA", System.getProperty("java.home"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        try {
            Process process = builder.start();
            String output;
            try (InputStream out = process.getInputStream()) {
                output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("asadmin " + arguments[0] + " did not finish in " + timeout);
            }
            LOG.info("asadmin " + String.join(" ", arguments) + ": " + output.strip());
            if (process.exitValue() != 0) {
                throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void deploy() {
        asadmin(Duration.ofMinutes(5), "--port", Integer.toString(adminPort()), "deploy", "--force=true",
                "--name", "draaischijf", ear.toAbsolutePath().toString());
    }

    /** Polls the path until its status is accepted; the server may not listen yet. */
    private void awaitAnswer(String path, Duration within, IntPredicate accepted) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(within);
        String last = "no answer";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (accepted.test(response.statusCode())) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(path + " did not answer as expected within " + within + ": " + last
                + "\nSee " + serverLog());
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
