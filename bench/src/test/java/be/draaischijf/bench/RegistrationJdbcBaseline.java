package be.draaischijf.bench;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor under the registration rush: the same transaction as {@code SessionRegistrations.register} —
 * set the lock time-out, lock the session row, look for an active registration with the e-mail address, insert
 * the registration, its token hash and its mail in the outbox (a text and, for a seat, an .ics of the size the
 * application writes), update the session's counters, commit — in plain JDBC on the same database, from the
 * same number of concurrent clients through a pool of the application's size (32), with no HTTP, no
 * application server, and no mail sent (the application sends it after the commit, on another thread). {@code docs/benchmarks.md} sets it beside {@link RegistrationRushSimulation}.
 *
 * <p>Run against the application's database after the application has created the schema (it adds a
 * session of its own and leaves it; the registrations use {@code @example.org} addresses):
 * <pre>
 * mvn -pl bench exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=be.draaischijf.bench.RegistrationJdbcBaseline \
 *     -Dbench.jdbcUrl=jdbc:postgresql://127.0.0.1:55432/draaischijf
 * </pre>
 * Properties: {@code bench.jdbcUrl} (loopback or H2 file only), {@code bench.jdbcUser} / {@code bench.jdbcPassword}
 * (draaischijf), {@code bench.clients} (200), {@code bench.registrations} (1000), {@code bench.capacity} (40),
 * {@code bench.pool} (32).
 */
public final class RegistrationJdbcBaseline {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RegistrationJdbcBaseline() {
    }

    private static byte[] sha256(byte[] secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/draaischijf");
        if (!url.startsWith("jdbc:h2:file:") && !url.matches("jdbc:postgresql://(127\\.0\\.0\\.1|localhost)[:/].*")) {
            throw new IllegalArgumentException("bench.jdbcUrl must be a loopback PostgreSQL or an H2 file: " + url);
        }
        String user = System.getProperty("bench.jdbcUser", "draaischijf");
        String password = System.getProperty("bench.jdbcPassword", "draaischijf");
        int clients = BaselineSimulation.intProperty("bench.clients", 200, 1, BaselineSimulation.MAX_USERS);
        int registrations = BaselineSimulation.intProperty("bench.registrations", 1000, 1, 100_000);
        int capacity = BaselineSimulation.intProperty("bench.capacity", 40, 1, 10_000);
        int poolSize = BaselineSimulation.intProperty("bench.pool", 32, 1, 90);

        BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(poolSize);
        for (int i = 0; i < poolSize; i++) {
            Connection connection = DriverManager.getConnection(url, user, password);
            connection.setAutoCommit(false);
            pool.add(connection);
        }
        UUID session = createSession(pool.peek(), capacity);

        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    for (int n = next.getAndIncrement(); n < registrations; n = next.getAndIncrement()) {
                        long began = System.nanoTime();
                        Connection connection = pool.take();
                        try {
                            register(connection, session, "rush-" + run + "-" + n + "@example.org");
                        } catch (SQLException e) {
                            errors.incrementAndGet();
                            connection.rollback();
                            System.err.println(e.getMessage());
                        } finally {
                            pool.add(connection);
                        }
                        latencies.add(System.nanoTime() - began);
                    }
                } catch (InterruptedException | SQLException e) {
                    errors.incrementAndGet();
                }
            });
            thread.start();
            threads.add(thread);
        }
        long began = System.nanoTime();
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - began);

        int[] counts = counts(pool.peek(), session);
        try (PreparedStatement forget = pool.peek().prepareStatement("delete from platform_mail where recipients like ?")) {
            forget.setString(1, "rush-" + run + "-%");
            forget.executeUpdate();
            pool.peek().commit();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("raw JDBC, %d registrations from %d clients, pool %d, capacity %d: %d ms in all, %.1f registrations/s%n",
                sorted.size(), clients, poolSize, capacity, took.toMillis(), sorted.size() * 1000.0 / Math.max(1, took.toMillis()));
        System.out.printf("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f; errors %d%n",
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100), errors.get());
        System.out.printf("confirmed %d, waiting %d, distinct queue numbers %d%n", counts[0], counts[1], counts[2]);
        for (Connection connection : pool) {
            connection.close();
        }
        if (errors.get() > 0 || counts[0] != Math.min(capacity, registrations)
                || counts[1] != registrations - counts[0] || counts[2] != counts[1]) {
            System.err.println("the rules did not hold");
            System.exit(1);
        }
    }

    /** A mail's text and an .ics of the sizes the application writes (about 1.9 kB and 2.2 kB). */
    private static final String MAIL_TEXT = "x".repeat(1900);
    private static final String ICS_TEXT = "y".repeat(2200);

    /** One registration, the shape of SessionRegistrationsBean.register (the mail queued, not sent). */
    static void register(Connection connection, UUID session, String email) throws SQLException {
        int confirmed;
        int waiting;
        int queue;
        int capacity;
        boolean postgres = connection.getMetaData().getURL().startsWith("jdbc:postgresql:");
        try (PreparedStatement timeout = connection.prepareStatement(postgres
                ? "set local lock_timeout = '30000ms'" : "set lock_timeout 30000")) {
            timeout.execute();
        }
        try (PreparedStatement lock = connection.prepareStatement(
                "select confirmed_count, waiting_count, next_queue_number, capacity from training_session where id = ? for update")) {
            lock.setObject(1, session);
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                confirmed = row.getInt(1);
                waiting = row.getInt(2);
                queue = row.getInt(3);
                capacity = row.getInt(4);
            }
        }
        try (PreparedStatement active = connection.prepareStatement(
                "select count(*) from training_registration where session_id = ? and active_email = ?")) {
            active.setObject(1, session);
            active.setString(2, email);
            try (ResultSet row = active.executeQuery()) {
                row.next();
                if (row.getLong(1) > 0) {
                    throw new SQLException("already registered: " + email);
                }
            }
        }
        boolean seat = confirmed < capacity && waiting == 0;
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into training_registration (id, session_id, first_name, last_name, email, active_email, organisation,"
                        + " sector, function_title, remarks, consent_at, status, queue_number, registered_at, confirmed_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, session);
            insert.setString(3, "Rush");
            insert.setString(4, "Bench");
            insert.setString(5, email);
            insert.setString(6, email);
            insert.setString(7, "Benchmark");
            insert.setString(8, null);
            insert.setString(9, "tester");
            insert.setString(10, null);
            insert.setTimestamp(11, now);
            insert.setString(12, seat ? "CONFIRMED" : "WAITLISTED");
            if (seat) {
                insert.setNull(13, java.sql.Types.INTEGER);
            } else {
                insert.setInt(13, queue);
            }
            insert.setTimestamp(14, now);
            insert.setTimestamp(15, seat ? now : null);
            insert.executeUpdate();
        }
        try (PreparedStatement token = connection.prepareStatement(
                "insert into training_registration_token (token_hash, registration_id, created_at) values (?, ?, ?)")) {
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            token.setString(1, HexFormat.of().formatHex(sha256(secret)));
            token.setObject(2, id);
            token.setTimestamp(3, now);
            token.executeUpdate();
        }
        try (PreparedStatement mail = connection.prepareStatement(
                "insert into platform_mail (id, module, recipients, subject, body, attachment_name, attachment_type,"
                        + " attachment_text, created_at, next_attempt_at, attempts) values (?, 'training', ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            mail.setObject(1, UUID.randomUUID());
            mail.setString(2, email);
            mail.setString(3, seat ? "Inschrijving bevestigd: Benchmark / Registration confirmed" : "Wachtlijst: Benchmark / Waiting list");
            mail.setString(4, MAIL_TEXT);
            mail.setString(5, seat ? "benchmark.ics" : null);
            mail.setString(6, seat ? "text/calendar; charset=UTF-8; method=PUBLISH" : null);
            mail.setString(7, seat ? ICS_TEXT : null);
            mail.setTimestamp(8, now);
            // not due for a day: a running application's timer leaves these alone, and the run deletes them at the end
            mail.setTimestamp(9, Timestamp.from(now.toInstant().plus(1, ChronoUnit.DAYS)));
            mail.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update training_session set confirmed_count = ?, waiting_count = ?, next_queue_number = ? where id = ?")) {
            update.setInt(1, seat ? confirmed + 1 : confirmed);
            update.setInt(2, seat ? waiting : waiting + 1);
            update.setInt(3, seat ? queue : queue + 1);
            update.setObject(4, session);
            update.executeUpdate();
        }
        connection.commit();
    }

    private static UUID createSession(Connection connection, int capacity) throws SQLException {
        UUID id = UUID.randomUUID();
        Instant starts = Instant.now().plus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        try (PreparedStatement session = connection.prepareStatement(
                "insert into training_session (id, kind, title, starts_at, ends_at, venue, capacity, status)"
                        + " values (?, 'INFO_SESSION', 'Benchmark: inschrijvingsrush (JDBC)', ?, ?, 'Loopback', ?, 'PUBLISHED')");
             PreparedStatement day = connection.prepareStatement(
                "insert into training_session_date (session_id, position, starts_at, ends_at, uid) values (?, 0, ?, ?, ?)")) {
            session.setObject(1, id);
            session.setTimestamp(2, Timestamp.from(starts));
            session.setTimestamp(3, Timestamp.from(starts.plus(2, ChronoUnit.HOURS)));
            session.setInt(4, capacity);
            session.executeUpdate();
            day.setObject(1, id);
            day.setTimestamp(2, Timestamp.from(starts));
            day.setTimestamp(3, Timestamp.from(starts.plus(2, ChronoUnit.HOURS)));
            day.setString(4, UUID.randomUUID() + "@draaischijf");
            day.executeUpdate();
        }
        connection.commit();
        return id;
    }

    private static int[] counts(Connection connection, UUID session) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select count(*) filter (where status = 'CONFIRMED'), count(*) filter (where status = 'WAITLISTED'),"
                        + " count(distinct queue_number) from training_registration where session_id = ?")) {
            query.setObject(1, session);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                int[] counts = {row.getInt(1), row.getInt(2), row.getInt(3)};
                connection.commit();
                return counts;
            }
        }
    }

    static double percentile(List<Long> sortedNanos, int percentile) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(sortedNanos.size() - 1, index))) / 1_000_000.0;
    }
}
