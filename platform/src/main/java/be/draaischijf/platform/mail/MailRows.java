package be.draaischijf.platform.mail;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The outbox's rows in {@code platform_mail}, over plain JDBC: written in the caller's transaction, then read,
 * claimed, retried, given up and deleted each in a statement of its own (no transaction held while mail is sent).
 */
final class MailRows {

    private static final Logger LOG = Logger.getLogger(MailRows.class.getName());

    private static final String COLUMNS = "id, module, recipients, subject, created_at, attempts, next_attempt_at,"
            + " failed_at, last_error";

    private final DataSource dataSource;

    MailRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A new row for this mail (at most one attachment), due for the timer after the lease; its id. */
    static UUID insert(Connection connection, String module, Mailer.Mail mail, Instant now) throws SQLException {
        if (mail.attachments().size() > 1) {
            throw new IllegalArgumentException("a queued mail has at most one attachment");
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into platform_mail (id, module, recipients,"
                + " subject, body, attachment_name, attachment_type, attachment_text, created_at, next_attempt_at,"
                + " attempts) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
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
            insert.setObject(10, timestamp(now.plus(MailOutbox.LEASE)));
            insert.executeUpdate();
            return id;
        }
    }

    /** The ids of mails due now that no server holds, the longest waiting first. */
    List<UUID> due(Instant now, int batch) {
        List<UUID> due = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select id from platform_mail where failed_at is null"
                     + " and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?) order by next_attempt_at")) {
            select.setObject(1, timestamp(now));
            select.setObject(2, timestamp(now));
            select.setMaxRows(batch);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(rows.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("outbox not read: " + e.getMessage(), e);
        }
        return due;
    }

    /** Mails still waiting ({@code failed} false) or given up ({@code failed} true), oldest first. */
    List<OutboxEntry> list(boolean failed, int offset, int size) {
        List<OutboxEntry> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
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

    long count(boolean failed) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select count(*) from platform_mail where failed_at is "
                     + (failed ? "not null" : "null"));
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("outbox not read: " + e.getMessage(), e);
        }
    }

    /** When the oldest mail still to be sent (not given up) was queued; empty when none waits. */
    Optional<Instant> oldestWaiting() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select min(created_at) from platform_mail where failed_at is null");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return Optional.ofNullable(instant(rows, 1));
        } catch (SQLException e) {
            throw new IllegalStateException("outbox not read: " + e.getMessage(), e);
        }
    }

    /**
     * Not taken by the mail server: try again after a pause that doubles with each attempt (1, 2, 4 … minutes, at
     * most an hour); after {@link MailOutbox#MAX_ATTEMPTS} it is given up: its text is dropped, the error kept.
     */
    Optional<OutboxEntry> notSent(UUID id, String error, boolean countTry, Instant now) {
        String lastError = error.length() > 500 ? error.substring(0, 500) : error;
        try (Connection connection = dataSource.getConnection()) {
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
            boolean giveUp = attempts >= MailOutbox.MAX_ATTEMPTS;
            try (PreparedStatement update = connection.prepareStatement(giveUp
                    ? "update platform_mail set attempts = ?, last_error = ?, claimed_until = null, failed_at = ?,"
                            + " body = '', attachment_text = null where id = ?"
                    : "update platform_mail set attempts = ?, last_error = ?, claimed_until = null, next_attempt_at = ?"
                            + " where id = ?")) {
                update.setInt(1, attempts);
                update.setString(2, lastError);
                update.setObject(3, timestamp(giveUp ? now : now.plusSeconds(MailOutbox.pause(attempts))));
                update.setObject(4, id);
                update.executeUpdate();
            }
            return find(connection, id);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "A refused mail could not be recorded; the lease makes it due again", e);
            return Optional.empty();
        }
    }

    /** Takes the mail for this server for a while (empty when it is sent, given up, or another server has it). */
    Optional<Mailer.Mail> claim(UUID id, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement("update platform_mail set claimed_until = ?,"
                    + " attempts = attempts + 1 where id = ? and failed_at is null and (claimed_until is null or claimed_until < ?)")) {
                update.setObject(1, timestamp(now.plus(MailOutbox.LEASE)));
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

    /** Every mail still waiting for a later try is due now (an administrator's "send now"); how many. */
    int allDueNow(Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update platform_mail set next_attempt_at = ?"
                     + " where failed_at is null and next_attempt_at > ?")) {
            update.setObject(1, timestamp(now));
            update.setObject(2, timestamp(now));
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("outbox not changed: " + e.getMessage(), e);
        }
    }

    /** These rows are the timer's from now on. */
    void dueNow(List<UUID> ids, Instant now) {
        for (UUID id : ids) {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement update = connection.prepareStatement("update platform_mail set next_attempt_at = ? where id = ?")) {
                update.setObject(1, timestamp(now));
                update.setObject(2, id);
                update.executeUpdate();
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "A queued mail stays with its lease; the timer sends it later", e);
            }
        }
    }

    /** The mail server took it. */
    void delete(UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("delete from platform_mail where id = ?")) {
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

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
