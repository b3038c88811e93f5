package be.draaischijf.systemtests;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The README's cluster command ({@code mvn -Pcluster verify}): PostgreSQL (embedded, from Maven Central), a Payara
 * Server domain with a deployment group of two instances on loopback, the EAR deployed to the group with session
 * availability, and nginx round robin on http://127.0.0.1:8080/, with demo data, until Ctrl-C. Other
 * {@code DRAAISCHIJF_*} environment variables pass on to the instances; with {@code DRAAISCHIJF_DB_URL} set, that
 * PostgreSQL is used instead of an embedded one.
 */
public final class RunCluster {

    private RunCluster() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> env = new HashMap<>();
        env.put("DRAAISCHIJF_DEMO", "true");
        System.getenv().forEach((key, value) -> {
            if (key.startsWith("DRAAISCHIJF_")) {
                env.put(key, value);
            }
        });
        Path work = Path.of(System.getProperty("run.work"));
        EmbeddedPostgres postgres = null;
        if (!env.containsKey("DRAAISCHIJF_DB_URL")) {
            Path data = work.resolve("postgresql");
            PayaraInstall.deleteRecursively(data);
            try {
                postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            env.putAll(PayaraServer.databaseEnvironment("org.postgresql.ds.PGSimpleDataSource",
                    "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", "postgres", "postgres", true));
        }
        int lbPort = Integer.getInteger("run.port", 8080);
        env.putIfAbsent("DRAAISCHIJF_BASE_URL", "http://localhost:" + lbPort);
        // nginx on 127.0.0.1 passes the client's address on in X-Forwarded-For
        env.putIfAbsent("DRAAISCHIJF_TRUSTED_PROXIES", "127.0.0.1");
        PayaraCluster cluster = new PayaraCluster(
                Path.of(System.getProperty("run.payara.zip")),
                Path.of(System.getProperty("run.ear")),
                work,
                Integer.getInteger("run.portbase", 8100),
                Integer.getInteger("run.instances", 2),
                lbPort,
                env).withJsonLogs(RunServer.jsonLogsAsked());
        EmbeddedPostgres database = postgres;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                System.out.println("Draaischijf (cluster) stopt...");
            } catch (RuntimeException consoleAlreadyGone) {
                // stopping matters more
            }
            try {
                cluster.close();
                if (database != null) {
                    database.close();
                }
            } catch (IOException e) {
                // the JVM is going away
            } finally {
                stopped.countDown();
            }
        }));
        cluster.start(Duration.ofMinutes(6));
        String url = "http://localhost:" + lbPort;
        System.out.println();
        System.out.println("==============================================================================");
        System.out.println(" Draaischijf draait als cluster op " + url + "/ (nginx, round robin)");
        for (int i = 0; i < cluster.size(); i++) {
            System.out.println("   " + cluster.instanceName(i) + ": " + cluster.instanceUrl(i) + "/   log: "
                    + cluster.instanceLog(i));
        }
        System.out.println(" Inloggen:  " + url + "/login   (demo: admin, coordinator, professional, ...; wachtwoord 'demo')");
        System.out.println(" Stoppen:   Ctrl-C");
        System.out.println("==============================================================================");
        stopped.await();
    }
}
