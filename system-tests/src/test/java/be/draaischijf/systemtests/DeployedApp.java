package be.draaischijf.systemtests;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The EAR deployed on a real Payara Server, started once per test JVM on first use and stopped
 * when the test session ends. {@code it.database} chooses H2 (the embedded default) or PostgreSQL
 * (an embedded server started here); either way with demo data and a fresh database, unless {@code it.mode} is
 * {@code production}: then without demo mode, and with nothing in the database but the administrator that
 * {@code DRAAISCHIJF_ADMIN_PASSWORD} makes at the first start ({@link #ADMIN_PASSWORD}), as a network starts.
 */
public final class DeployedApp {

    /**
     * Registrations and newsletter sign-ups a minute from one client address. Most tests register from
     * 127.0.0.1 (a few dozen in the busiest minute); the rush uses an address per person; the rate-limit test
     * uses up this many from an address of its own.
     */
    static final int RATE_LIMIT_PER_MINUTE = 100;

    /**
     * Failed logins a minute from one address: the tests' own failures from 127.0.0.1 stay well below it;
     * AddressLimitsIT uses it up from an address of its own.
     */
    static final int LOGIN_FAILURES_PER_MINUTE = 30;

    /**
     * The password of the first administrator ({@code admin}) in production mode: {@code DRAAISCHIJF_ADMIN_PASSWORD},
     * as city IT sets it for the first start (at least 12 characters).
     */
    public static final String ADMIN_PASSWORD = "de eerste beheerder van het netwerk";

    private static Deployment server;
    private static GreenMail smtp;
    private static EmbeddedPostgres postgres;
    /** Where the embedded PostgreSQL keeps its data, so that it can stop and start again with it (DatabaseOutageIT). */
    private static Path postgresData;
    private static int postgresPort;

    private DeployedApp() {
    }

    public static synchronized String baseUrl() {
        if (server == null) {
            server = start();
        }
        return server.baseUrl();
    }

    /** The SMTP server the application sends its mail to (real SMTP on loopback, kept in memory). */
    public static synchronized GreenMail mailbox() {
        baseUrl();
        return smtp;
    }

    /**
     * A JDBC connection to the embedded PostgreSQL the application runs on ({@code it.database=postgresql} only), as the
     * application's database user: for a test that looks into every table, such as whether an erased young person left a
     * trace. The caller closes it.
     */
    static synchronized Connection postgresConnection() throws SQLException {
        baseUrl();
        if (postgres == null) {
            throw new IllegalStateException("the application runs on " + database() + ", not on an embedded PostgreSQL");
        }
        return postgres.getPostgresDatabase().getConnection();
    }

    /**
     * The mail server goes away (its port refuses connections from now on); {@link #startMailServer} brings one
     * back on the same port, with an empty mailbox.
     *
     * @return the port the application sends its mail to
     */
    static synchronized int stopMailServer() {
        baseUrl();
        int port = smtp.getSmtp().getPort();
        smtp.stop();
        return port;
    }

    /** A mail server on this port again (the application's configured one), with an empty mailbox. */
    static synchronized void startMailServer(int port) {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    /**
     * The embedded PostgreSQL stops ({@code it.database=postgresql} only): a fast shutdown, as when a database server
     * restarts, which ends every connection of the application; its data stays for {@link #startDatabase}.
     */
    static synchronized void stopDatabase() throws IOException {
        baseUrl();
        if (postgres == null) {
            throw new IllegalStateException("the application runs on " + database() + ", not on an embedded PostgreSQL");
        }
        postgres.close();
        postgres = null;
    }

    /** The embedded PostgreSQL starts again, on the same port and with the same data, after {@link #stopDatabase}. */
    static synchronized void startDatabase() throws IOException {
        if (postgres != null) {
            return;
        }
        postgres = EmbeddedPostgres.builder().setPort(postgresPort).setDataDirectory(postgresData)
                .setCleanDataDirectory(false).start();
    }

    /**
     * Whether browser tests run axe-core and take screenshots: on the first database (H2) only, unless
     * {@code -Dit.pages.everywhere=true}; the behaviour they assert runs on both. The production start
     * ({@link #production()}) checks the few states only it shows (the administrator sent to set up two-step
     * verification first).
     */
    static boolean checksPages() {
        // CHECK: the production start runs axe-core once and takes four screenshots (a few seconds)
        return production() || !"postgresql".equals(database()) || Boolean.getBoolean("it.pages.everywhere");
    }

    /**
     * Whether browser tests keep screenshots of the pages they check: only when asked for with
     * {@code -Dit.screenshots=true} (on the run that checks pages). They are for people to look at, not an assertion, and
     * took about a minute and a half of every full run (ADR 0026).
     */
    static boolean takesScreenshots() {
        return checksPages() && Boolean.getBoolean("it.screenshots");
    }

    public static String database() {
        return System.getProperty("it.database", "h2");
    }

    /**
     * Whether this run starts as a network goes live ({@code it.mode=production}): no demo mode, no demo data or
     * accounts, only the administrator from {@code DRAAISCHIJF_ADMIN_PASSWORD}. Its own failsafe execution
     * (black-box-production) runs ProductionStartIT alone on such a server.
     */
    public static boolean production() {
        return "production".equals(System.getProperty("it.mode"));
    }

    /** The name of this run, for the folder of its screenshots: {@code production}, else the database. */
    static String runName() {
        return production() ? "production" : database();
    }

    static synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is going away
            }
            postgres = null;
        }
        if (postgresData != null) {
            deleteRecursively(postgresData);
            postgresData = null;
        }
    }

    /**
     * Whether this run is on a cluster ({@code it.cluster=true}, PostgreSQL only): two Payara Server instances in a
     * deployment group behind nginx round robin, sessions in the data grid (README, "A cluster"; ADR 0048).
     */
    static boolean cluster() {
        return Boolean.getBoolean("it.cluster");
    }

    /** The single server this run is on (not a cluster), for the test that kills and restarts it (ServerKillIT). */
    static synchronized PayaraServer payaraServer() {
        baseUrl();
        if (!(server instanceof PayaraServer running)) {
            throw new IllegalStateException("this run is on a cluster, not on a single server");
        }
        return running;
    }

    /** The cluster this run is on ({@link #cluster()}), for the tests that kill and restart its instances. */
    static synchronized PayaraCluster payaraCluster() {
        baseUrl();
        if (!(server instanceof PayaraCluster running)) {
            throw new IllegalStateException("this run is on a single server, not on a cluster (it.cluster=true)");
        }
        return running;
    }

    private static Deployment start() {
        Path work = Path.of(System.getProperty("it.work", "target/it"));
        boolean demo = !production();
        Map<String, String> env;
        if ("postgresql".equals(database())) {
            // a data folder of its own, kept when the database stops, so that DatabaseOutageIT can start it again with it
            postgresData = work.resolve("postgres").toAbsolutePath();
            deleteRecursively(postgresData);
            try {
                postgres = EmbeddedPostgres.builder().setDataDirectory(postgresData).setCleanDataDirectory(false).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgresPort = postgres.getPort();
            env = PayaraServer.databaseEnvironment("org.postgresql.ds.PGSimpleDataSource",
                    "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", "postgres", "postgres", demo);
        } else {
            Path db = work.resolve("db");
            deleteRecursively(db);
            env = PayaraServer.databaseEnvironment("org.h2.jdbcx.JdbcDataSource",
                    "jdbc:h2:file:" + db.toAbsolutePath().resolve("draaischijf")
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
                    "draaischijf", "draaischijf", demo);
        }
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        env = new java.util.HashMap<>(env);
        if (!demo) {
            // a network's first start: the administrator is made from this password, and nobody else exists
            env.put("DRAAISCHIJF_ADMIN_PASSWORD", ADMIN_PASSWORD);
        }
        env.put("DRAAISCHIJF_MAIL_HOST", "127.0.0.1");
        env.put("DRAAISCHIJF_MAIL_PORT", Integer.toString(smtp.getSmtp().getPort()));
        // the trainings' timer (reminders) every minute instead of every hour, so that TrainingReminderIT sees it run
        env.put("DRAAISCHIJF_TRAININGS_TIMER_MINUTES", "1");
        env.put("DRAAISCHIJF_TRAININGS_RATE_LIMIT_PER_MINUTE", Integer.toString(RATE_LIMIT_PER_MINUTE));
        // the demo accounts' hashes have 210 000 iterations: with that setting no login upgrades them, and each HTTP
        // Basic call costs a third of the production setting (600 000), which IdentityModuleDatabaseTest covers
        env.put("DRAAISCHIJF_SECURITY_PBKDF2_ITERATIONS", "210000");
        // the tests play a reverse proxy on 127.0.0.1: X-Forwarded-For gives a request another client address
        env.put("DRAAISCHIJF_TRUSTED_PROXIES", "127.0.0.1");
        env.put("DRAAISCHIJF_SECURITY_LOGIN_FAILURES_PER_MINUTE", Integer.toString(LOGIN_FAILURES_PER_MINUTE));
        env.put("DRAAISCHIJF_SECURITY_ACCOUNT_MAILS_PER_MINUTE", Integer.toString(RATE_LIMIT_PER_MINUTE));
        env.put("DRAAISCHIJF_REFERRALS_INTAKES_PER_MINUTE", Integer.toString(RATE_LIMIT_PER_MINUTE));
        Path zip = Path.of(System.getProperty("it.payara.zip"));
        Path ear = Path.of(System.getProperty("it.ear"));
        int portBase = Integer.getInteger("it.portbase", 28000);
        if (cluster()) {
            if (!"postgresql".equals(database())) {
                throw new IllegalStateException("a cluster needs PostgreSQL: two servers cannot share an H2 file");
            }
            // nginx on portBase + 10 (the DAS's own HTTP port, portBase + 80, stays free of the application)
            int lbPort = portBase + 10;
            env.put("DRAAISCHIJF_BASE_URL", "http://127.0.0.1:" + lbPort);
            // the instances log in Payara's JSON format (DatabaseOutageIT reads a line of it, ADR 0053)
            PayaraCluster started = new PayaraCluster(zip, ear, work, portBase, 2, lbPort, env).withJsonLogs(true);
            try {
                return started.start(Duration.ofMinutes(5));
            } catch (RuntimeException e) {
                started.close();
                throw e;
            }
        }
        // the links in the mails point to the address the tests use, so that tests follow them as mailed
        env.put("DRAAISCHIJF_BASE_URL", new PayaraServer(zip, ear, work, portBase, Map.of()).baseUrl());
        PayaraServer started = new PayaraServer(zip, ear, work, portBase, env);
        try {
            return started.start(Duration.ofMinutes(4));
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
