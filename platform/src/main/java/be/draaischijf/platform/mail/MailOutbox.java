package be.draaischijf.platform.mail;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static final String COLUMNS = "id, module, recipients, subject, created_at, attempts, next_attempt_at,"
            + " failed_at, last_error";

    /** The database; null = the application's datasource, looked up once. Tests put one of their own here. */
    DataSource dataSource;

    /** The mail server; null = from MicroProfile Config at each send. */
    Mailer mailer;

    Clock clock = Clock.systemUTC();

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
        try (PreparedStatement insert = connection.prepareStatement("insert into platform_mail (id, module, recipients,"
                + " subject, body, attachment_name, attachment_type, attachment_text, created_at, next_attempt_at,"
                + " attempts) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (Mailer.Mail mail : mails) {
                if (mail.attachments().size() > 1) {
                    throw new IllegalArgumentException("a queued mail has at most one attachment");
                }
                UUID id = UUID.randomUUID();
                insert.setObject(1, id);
                insert.setString(2, module);
                insert.setString(3, String.join(",", mail.to()));
                insert.setString(4, mail.subject());
                insert.setString(5, mail.text());
                Optional<Mailer.Attachment> attachment = mail.attachments().stream().findFirst();
                insert.setString(6, attachment.map(Mailer.Attachment::fileName).orElse(null));
                insert.setString(7, attachment.map(Mailer.Attachment::contentType).orElse(null));
                insert.setString(8, attachment.map(a -> new String(a.content(), StandardCharsets.UTF_8)).orElse(null));
                insert.setObject(9, timestamp(now));
                insert.setObject(10, timestamp(now.plus(LEASE)));
                insert.executeUpdate();
                fresh.put(id, mail);
            }
        }
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
                dueNow(left, clock.instant());
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
        List<UUID> due = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("select id from platform_mail where failed_at is null"
                     + " and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?) order by next_attempt_at")) {
            select.setObject(1, timestamp(now));
            select.setObject(2, timestamp(now));
            select.setMaxRows(BATCH);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(rows.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("outbox not read: " + e.getMessage(), e);
        }
        int sent = 0;
        for (UUID id : due) {
            Optional<Mailer.Mail> mail = claim(id, clock.instant());
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

    /** Mails still waiting ({@code failed} false) or given up ({@code failed} true), oldest first. */
    public List<OutboxEntry> list(boolean failed, int offset, int size) {
        List<OutboxEntry> entries = new ArrayList<>();
        try (Connection connection = dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from platform_mail where failed_at is "
                     + (failed ? "not null" : "null") + " order by created_at, id limit ? offset ?")) {
            select.setInt(1, size);
            select.setInt(2, offset);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(entry(rows));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("outbox not read: " + e.getMessage(), e);
        }
        return entries;
    }

    public long count(boolean failed) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("select count(*) from platform_mail where failed_at is "
                     + (failed ? "not null" : "null"));
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("outbox not read: " + e.getMessage(), e);
        }
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
            Optional<OutboxEntry> after = notSent(id, error, countTry, failed);
            dueNow(rest, failed);
            if (after.map(OutboxEntry::failed).orElse(false)) {
                LOG.log(Level.SEVERE, "Mail given up after " + after.get().attempts() + " attempts (" + mail.subject() + "): " + error);
            } else {
                LOG.warning(() -> "Mail not sent (" + mail.subject() + ")"
                        + after.map(entry -> ", tried again from " + entry.nextAttemptAt()).orElse("") + ": " + error);
            }
            return false;
        }
        update("delete from platform_mail where id = ?", id);
        return true;
    }

    /**
     * Not taken by the mail server: try again after a pause that doubles with each attempt (1, 2, 4 … minutes, at
     * most an hour); after {@link #MAX_ATTEMPTS} it is given up: its text is dropped, the error kept.
     */
    private Optional<OutboxEntry> notSent(UUID id, String error, boolean countTry, Instant now) {
        String lastError = error.length() > 500 ? error.substring(0, 500) : error;
        try (Connection connection = dataSource().getConnection()) {
            int attempts;
            try (PreparedStatement select = connection.prepareStatement("select attempts from platform_mail where id = ?")) {
                select.setObject(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    attempts = rows.getInt(1) + (countTry ? 1 : 0);
                }
            }
            boolean giveUp = attempts >= MAX_ATTEMPTS;
            try (PreparedStatement update = connection.prepareStatement(giveUp
                    ? "update platform_mail set attempts = ?, last_error = ?, claimed_until = null, failed_at = ?,"
                            + " body = '', attachment_text = null where id = ?"
                    : "update platform_mail set attempts = ?, last_error = ?, claimed_until = null, next_attempt_at = ?"
                            + " where id = ?")) {
                update.setInt(1, attempts);
                update.setString(2, lastError);
                update.setObject(3, timestamp(giveUp ? now : now.plusSeconds(pause(attempts))));
                update.setObject(4, id);
                update.executeUpdate();
            }
            return find(connection, id);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "A refused mail could not be recorded; the lease makes it due again", e);
            return Optional.empty();
        }
    }

    /** Seconds to wait after this many attempts: 60, 120, 240 … at most 3600. */
    static long pause(int attempts) {
        return Math.min(3600L, 60L << Math.min(6, Math.max(0, attempts - 1)));
    }

    /** Takes the mail for this server for a while (empty when it is sent, given up, or another server has it). */
    private Optional<Mailer.Mail> claim(UUID id, Instant now) {
        try (Connection connection = dataSource().getConnection()) {
            try (PreparedStatement update = connection.prepareStatement("update platform_mail set claimed_until = ?,"
                    + " attempts = attempts + 1 where id = ? and failed_at is null and (claimed_until is null or claimed_until < ?)")) {
                update.setObject(1, timestamp(now.plus(LEASE)));
                update.setObject(2, id);
                update.setObject(3, timestamp(now));
                if (update.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement select = connection.prepareStatement("select recipients, subject, body, attachment_name,"
                    + " attachment_type, attachment_text from platform_mail where id = ?")) {
                select.setObject(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    String attachmentName = rows.getString(4);
                    List<Mailer.Attachment> attachments = attachmentName == null ? List.of()
                            : List.of(new Mailer.Attachment(attachmentName, rows.getString(5),
                                    rows.getString(6).getBytes(StandardCharsets.UTF_8)));
                    return Optional.of(new Mailer.Mail(Arrays.asList(rows.getString(1).split(",")), rows.getString(2),
                            rows.getString(3), attachments));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("outbox not read: " + e.getMessage(), e);
        }
    }

    /** These rows are the timer's from now on. */
    private void dueNow(List<UUID> ids, Instant now) {
        for (UUID id : ids) {
            try (Connection connection = dataSource().getConnection();
                 PreparedStatement update = connection.prepareStatement("update platform_mail set next_attempt_at = ? where id = ?")) {
                update.setObject(1, timestamp(now));
                update.setObject(2, id);
                update.executeUpdate();
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "A queued mail stays with its lease; the timer sends it later", e);
            }
        }
    }

    private void update(String sql, UUID id) {
        try (Connection connection = dataSource().getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("outbox not written: " + e.getMessage(), e);
        }
    }

    private static Optional<OutboxEntry> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from platform_mail where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(entry(rows)) : Optional.empty();
            }
        }
    }

    private static OutboxEntry entry(ResultSet rows) throws SQLException {
        return new OutboxEntry(rows.getObject("id", UUID.class), rows.getString("module"),
                Arrays.asList(rows.getString("recipients").split(",")), rows.getString("subject"),
                instant(rows, "created_at"), rows.getInt("attempts"), instant(rows, "next_attempt_at"),
                instant(rows, "failed_at"), rows.getString("last_error"));
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private DataSource dataSource() {
        if (dataSource == null) {
            dataSource = lookup(DATASOURCE);
        }
        return dataSource;
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
