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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A Payara Server 6 installation unpacked from the distribution zip into a work folder, and its {@code asadmin}: what
 * the single server ({@link PayaraServer}) and the cluster ({@link PayaraCluster}) share.
 */
final class PayaraInstall {

    private static final Logger LOG = Logger.getLogger(PayaraInstall.class.getName());

    /** Payara's own JSON log format ({@code asadmin set-log-file-format}): one JSON object per line (ADR 0053). */
    static final String JSON_LOG_FORMATTER = "fish.payara.enterprise.server.logging.JSONLogFormatter";

    private final Path zip;
    private final Path work;

    PayaraInstall(Path zip, Path work) {
        this.zip = zip;
        this.work = work;
    }

    Path home() {
        return work.resolve("payara6");
    }

    Path domainDir(String domain) {
        return home().resolve("glassfish/domains").resolve(domain);
    }

    /** Unpacks the zip unless an earlier run did. */
    void unpack() {
        if (Files.isExecutable(home().resolve("bin/asadmin"))) {
            executables();
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
            executables();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + zip, e);
        }
    }

    /** The scripts, and what the DAS runs to create an instance's files on its node (create-instance), executable. */
    private void executables() {
        try {
            for (Path bin : List.of(home().resolve("bin"), home().resolve("glassfish/bin"))) {
                try (var files = Files.list(bin)) {
                    files.forEach(f -> f.toFile().setExecutable(true));
                }
            }
            try (var files = Files.list(home().resolve("glassfish/lib"))) {
                files.filter(f -> f.getFileName().toString().startsWith("nadmin"))
                        .forEach(f -> f.toFile().setExecutable(true));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs asadmin with this environment added (the processes it starts inherit it); its output, or an exception. */
    String asadmin(Map<String, String> environment, Duration timeout, String... arguments) {
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
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("asadmin " + arguments[0] + " did not finish in " + timeout);
            }
            LOG.info("asadmin " + String.join(" ", arguments) + ": " + output.strip());
            if (process.exitValue() != 0) {
                throw new IllegalStateException("asadmin " + String.join(" ", arguments) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether something accepts connections on this port of 127.0.0.1 (a server of an interrupted run). */
    static boolean listening(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        } catch (IOException nothing) {
            return false;
        }
    }

    /** Polls the address until its status is accepted; the server may not listen yet. */
    static void awaitAnswer(String url, Duration within, IntPredicate accepted, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build();
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
            pause(Duration.ofMillis(500));
        }
        throw new IllegalStateException(url + " did not answer as expected within " + within + ": " + last
                + "\nSee " + log);
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code kill -9} of a server's JVM, and its end awaited: no shutdown hook, nothing written that was not yet. */
    static void killHard(long pid, String what) {
        try {
            Process kill = new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start();
            kill.waitFor(10, TimeUnit.SECONDS);
            ProcessHandle.of(pid).ifPresent(handle -> handle.onExit().orTimeout(20, TimeUnit.SECONDS).join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        LOG.info("Killed " + what + " (pid " + pid + ")");
    }

    /** The pid a running server wrote to its {@code config/pid}. */
    static long pid(Path pidFile, String what) {
        try {
            return Long.parseLong(Files.readString(pidFile).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("No pid file for " + what, e);
        }
    }
}
