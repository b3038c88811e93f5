package be.draaischijf.systemtests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The README's run command: Draaischijf on Payara Server at http://localhost:8080/ with the
 * embedded H2 database and demo data (or whatever DRAAISCHIJF_* environment variables say), until
 * Ctrl-C. Data lives in ~/.draaischijf, so a second run keeps it.
 */
public final class RunServer {

    private RunServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> env = new HashMap<>();
        System.getenv().forEach((key, value) -> {
            if (key.startsWith("DRAAISCHIJF_")) {
                env.put(key, value);
            }
        });
        PayaraServer server = new PayaraServer(
                Path.of(System.getProperty("run.payara.zip")),
                Path.of(System.getProperty("run.ear")),
                Path.of(System.getProperty("run.work")),
                Integer.getInteger("run.portbase", 8000),
                env).withJsonLogs(jsonLogsAsked());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                System.out.println("Draaischijf stopt...");
            } catch (RuntimeException consoleAlreadyGone) {
                // Maven's console may be closing too (seen: jansi failing on SIGTERM); stopping matters more
            }
            try {
                server.close();
            } finally {
                stopped.countDown();
            }
        }));
        server.start(Duration.ofMinutes(5));
        String url = "http://localhost:" + server.httpPort();
        System.out.println();
        System.out.println("==============================================================================");
        System.out.println(" Draaischijf draait op " + url + "/");
        System.out.println(" Inloggen:  " + url + "/login   (demo: admin, coordinator, professional,");
        System.out.println("            partner.elegast, ... allemaal met wachtwoord 'demo')");
        System.out.println(" Serverlog: " + server.serverLog());
        System.out.println(" Stoppen:   Ctrl-C");
        System.out.println("==============================================================================");
        stopped.await();
    }

    /** {@code -Dlogs=json} on the Maven command line: the server log in Payara's JSON format (README, ADR 0053). */
    static boolean jsonLogsAsked() {
        return "json".equalsIgnoreCase(System.getProperty("logs", "").strip());
    }
}
