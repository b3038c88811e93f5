package be.draaischijf.platform.mail;

import be.draaischijf.platform.metrics.Metrics;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The one outbox of every module (ADR 0020), in the table {@code platform_mail}. {@link #queue} writes the mails
 * over the application's datasource inside the caller's JTA transaction, so they exist exactly when the change
 * they report does. Right after the commit, the server that wrote them sends them on a managed thread (nobody
 * waits for the mail server, no SMTP conversation while rows are locked) and deletes each row the mail server
 * took. A new row is due for the timer only after {@link #LEASE}: until then it belongs to the server that wrote
 * it. What the mail server did not take, or what a server that stopped did not send, {@link #deliverDue()} (a
 * timer, every minute, on every server) tries again after 1, 2, 4 … 60 minutes, claiming each row first so that
 * two servers never send the same mail; after {@link #MAX_ATTEMPTS} tries (about four hours) the mail is given
 * up: its text is dropped, the row stays for the administrators ({@link #list}). At least once: a server that
 * dies between sending and deleting causes one repeat after the lease.
 */
@ApplicationScoped
public class MailOutbox implements Outbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    public static final String DATASOURCE = "java:app/jdbc/draaischijf";
    static final int MAX_ATTEMPTS = 10;
    static final Duration LEASE = Duration.ofMinutes(5);
    /** A fresh mail is sent from memory only this long after its commit; later the timer has it (see LEASE). */
    static final Duration FRESH = LEASE.minus(Duration.ofMinutes(1));
    /** How many due mails one run of the timer takes on. */
    static final int BATCH = 200;

    /** The database; null = the application's datasource, looked up once. Tests put one of their own here. */
    DataSource dataSource;

    /** The mail server; null = from MicroProfile Config at each send. */
    Mailer mailer;

    Clock clock = Clock.systemUTC();

    /** What city IT watches (ADR 0052): mails queued, sent, failed, given up; the oldest one waiting. */
    @Inject
    Metrics metrics = Metrics.none();

    /** How long the oldest waiting mail's age is used before the database is asked again (the gauge is read per scrape). */
    static final Duration OLDEST_READ_EVERY = Duration.ofSeconds(15);

    private volatile Oldest oldest;

    /** The age of the oldest waiting mail, in seconds, as read at {@code at}. */
    private record Oldest(Instant at, double seconds) {
    }

    /** Outside the server (tests): what runs after the commit instead of the JTA registry and the executor. */
    Consumer<Runnable> afterCommit;

    public MailOutbox() {
    }

    /** An outbox on this database, sending with this mailer (null: as configured); for tests and tools. */
    public MailOutbox(DataSource dataSource, Mailer mailer, Clock clock, Consumer<Runnable> afterCommit) {
        this.dataSource = dataSource;
        this.mailer = mailer;
        this.clock = clock;
        this.afterCommit = afterCommit;
    }

    /**
     * The outbox's gauge on /metrics, from the first use of the outbox on. The datasource is looked up here, in the
     * calling component's context, so that reading the gauge (on a request to /metrics) never has to look it up.
     */
    @PostConstruct
    void watched() {
        try {
            dataSource();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The outbox's datasource not found yet", e);
        }
        metrics.watchOutbox(this::oldestUnsentSeconds);
    }

    @Override
    public void queue(String module, List<Mailer.Mail> mails) {
        if (mails.isEmpty()) {
            return;
        }
        Consumer<Runnable> afterThisCommit = afterCommit == null ? afterTransactionCommits() : afterCommit;
        try (Connection connection = dataSource().getConnection()) {
            queue(connection, module, mails, afterThisCommit);
        } catch (SQLException e) {
            throw new IllegalStateException("mails not queued: " + e.getMessage(), e);
        }
    }

    /**
     * Writes the mails over this connection, in whatever transaction it is in, and hands their sending to
     * {@code afterCommit}, which must run it only once that transaction committed (module tests use this with the
     * connection of their own transaction).
     */
    public void queue(Connection connection, String module, List<Mailer.Mail> mails, Consumer<Runnable> afterCommit)
            throws SQLException {
        Instant now = clock.instant();
        Map<UUID, Mailer.Mail> fresh = new LinkedHashMap<>();
        for (Mailer.Mail mail : mails) {
            fresh.put(MailRows.insert(connection, module, mail, now), mail);
        }
        metrics.mails(Metrics.MailState.QUEUED, fresh.size());
        afterCommit.accept(() -> deliverFresh(fresh, now));
    }

    /**
     * Sends mails this server queued at {@code queuedAt}, from memory, and deletes each row once the mail server
     * took it. At the first refusal, or when a slow mail server brings it near the end of the lease (after which
     * the timer may take the rows), the rest are made due for the timer at once and this stops: so a mail is never
     * sent from memory and by the timer both.
     */
    int deliverFresh(Map<UUID, Mailer.Mail> fresh, Instant queuedAt) {
        Instant sendUntil = queuedAt.plus(FRESH);
        List<UUID> ids = List.copyOf(fresh.keySet());
        for (int i = 0; i < ids.size(); i++) {
            if (!clock.instant().isBefore(sendUntil)) {
                List<UUID> left = ids.subList(i, ids.size());
                rows().dueNow(left, clock.instant());
                LOG.warning(() -> left.size() + " queued mail(s) left to the timer: sending them took too long");
                return i;
            }
            if (!sent(ids.get(i), fresh.get(ids.get(i)), true, ids.subList(i + 1, ids.size()))) {
                return i;
            }
        }
        return ids.size();
    }

    /**
     * Sends the mails that are due (new ones whose first send did not happen, and retries); the timer runs it,
     * outside any transaction. Stops at the first mail the server does not take (it is probably away).
     *
     * @return how many were sent
     */
    public int deliverDue() {
        Instant now = clock.instant();
        List<UUID> due = rows().due(now, BATCH);
        int sent = 0;
        for (UUID id : due) {
            Optional<Mailer.Mail> mail = rows().claim(id, clock.instant());
            if (mail.isEmpty()) {
                continue;
            }
            if (!sent(id, mail.get(), false, List.of())) {
                break;
            }
            sent++;
        }
        return sent;
    }

    /**
     * After an outage, when the mail server is back: every mail still waiting is tried now instead of at its next
     * pause's end (1, 2, 4 … minutes); the claims keep a timer on another server from sending one twice.
     *
     * @return how many were sent
     */
    public int tryAgainNow() {
        rows().allDueNow(clock.instant());
        return deliverDue();
    }

    /** Mails still waiting ({@code failed} false) or given up ({@code failed} true), oldest first. */
    public List<OutboxEntry> list(boolean failed, int offset, int size) {
        return rows().list(failed, offset, size);
    }

    public long count(boolean failed) {
        return rows().count(failed);
    }

    /**
     * Sends one mail and deletes its row; or, when the mail server refuses it, records the try (counted here when
     * {@code countTry}: a first send from memory, which no claim counted) and makes {@code rest} due at once.
     */
    private boolean sent(UUID id, Mailer.Mail mail, boolean countTry, List<UUID> rest) {
        try {
            (mailer == null ? Mailer.fromConfig() : mailer).send(mail);
        } catch (RuntimeException e) {
            String error = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            Instant failed = clock.instant();
            Optional<OutboxEntry> after = rows().notSent(id, error, countTry, failed);
            rows().dueNow(rest, failed);
            metrics.mails(Metrics.MailState.FAILED, 1);
            if (after.map(OutboxEntry::failed).orElse(false)) {
                metrics.mails(Metrics.MailState.GIVEN_UP, 1);
                LOG.log(Level.SEVERE, "Mail given up after " + after.get().attempts() + " attempts (" + mail.subject() + "): " + error);
            } else {
                LOG.warning(() -> "Mail not sent (" + mail.subject() + ")"
                        + after.map(entry -> ", tried again from " + entry.nextAttemptAt()).orElse("") + ": " + error);
            }
            return false;
        }
        metrics.mails(Metrics.MailState.SENT, 1);
        rows().delete(id);
        return true;
    }

    /**
     * The gauge's value: seconds since the oldest mail still to be sent (not given up) was queued, 0 when none waits;
     * read from the database at most every {@link #OLDEST_READ_EVERY}. NaN while the database cannot be read and
     * nothing was read before (an exception here would spoil the whole of /metrics).
     */
    double oldestUnsentSeconds() {
        Instant now = clock.instant();
        Oldest known = oldest;
        if (known != null && !now.isBefore(known.at()) && now.isBefore(known.at().plus(OLDEST_READ_EVERY))) {
            return known.seconds();
        }
        try {
            double seconds = rows().oldestWaiting()
                    .map(queuedAt -> Math.max(0, Duration.between(queuedAt, now).toMillis() / 1000.0))
                    .orElse(0.0);
            oldest = new Oldest(now, seconds);
            return seconds;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The outbox's oldest mail not read for /metrics", e);
            return known == null ? Double.NaN : known.seconds();
        }
    }

    /** Seconds to wait after this many attempts: 60, 120, 240 … at most 3600. */
    static long pause(int attempts) {
        return Math.min(3600L, 60L << Math.min(6, Math.max(0, attempts - 1)));
    }

    private DataSource dataSource() {
        if (dataSource == null) {
            dataSource = lookup(DATASOURCE);
        }
        return dataSource;
    }

    private MailRows rows() {
        return new MailRows(dataSource());
    }

    /**
     * Runs a task on a managed thread once the caller's transaction has committed; nothing when it rolls back.
     * Looked up now, in the calling component's context.
     */
    private static Consumer<Runnable> afterTransactionCommits() {
        TransactionSynchronizationRegistry registry = lookup("java:comp/TransactionSynchronizationRegistry");
        if (registry.getTransactionKey() == null) {
            throw new IllegalStateException("mails are queued in the transaction of the change they report");
        }
        ManagedExecutorService executor = lookup("java:comp/DefaultManagedExecutorService");
        return task -> registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    executor.execute(() -> {
                        try {
                            task.run();
                        } catch (RuntimeException e) {
                            // the rows stay in the outbox: the timer sends them
                            LOG.log(Level.WARNING, "Sending queued mail failed; the timer tries again", e);
                        }
                    });
                } catch (RejectedExecutionException e) {
                    LOG.warning(() -> "Queued mail left to the timer: " + e.getMessage());
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T lookup(String name) {
        try {
            return (T) new InitialContext().lookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException(name + " not found", e);
        }
    }
}
