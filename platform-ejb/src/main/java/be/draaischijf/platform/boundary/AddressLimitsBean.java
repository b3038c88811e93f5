package be.draaischijf.platform.boundary;

import be.draaischijf.platform.limits.Admission;
import be.draaischijf.platform.limits.AddressLimits;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The per-address limits over every server (ADR 0051), in the platform's table {@code platform_address_limit}: one row
 * per limit and address holds when the address's minute started and how many attempts it made in it. Each attempt is
 * counted in a short transaction of its own, apart from whatever the caller does: one {@code update} that starts a new
 * minute when the last one is over and adds one otherwise (the row stays locked until the commit, so two servers never
 * count the same attempt twice), then a read of the row. An address's first attempt inserts the row
 * ({@code on conflict do nothing}, so two servers inserting at once both go on to the update; where the database
 * refuses the second insert instead, the attempt is tried again). A database that does not
 * answer lets every attempt through and is logged once. A timer deletes the rows whose minute ended.
 */
@Stateless
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class AddressLimitsBean implements AddressLimits {

    private static final Logger LOG = Logger.getLogger(AddressLimitsBean.class.getName());

    /** The window of every limit. */
    static final Duration MINUTE = Duration.ofMinutes(1);

    /**
     * How often one attempt is tried when its transaction fails, a millisecond longer apart each time: H2 refuses an
     * address's first row while another transaction inserts the same one (PostgreSQL waits for it instead).
     */
    static final int TRIES = 10;

    /** Whether the last attempt could not reach the database: the log says so once per outage, on each server. */
    private static final AtomicBoolean UNREACHABLE = new AtomicBoolean();

    private static final String COUNT = "update platform_address_limit"
            + " set hits = case when window_start <= ? then 1 else hits + 1 end,"
            + " window_start = case when window_start <= ? then cast(? as timestamp with time zone) else window_start end"
            + " where limit_name = ? and address = ?";
    private static final String FIRST = "insert into platform_address_limit (limit_name, address, window_start, hits)"
            + " values (?, ?, ?, 0) on conflict do nothing";
    private static final String READ = "select window_start, hits from platform_address_limit"
            + " where limit_name = ? and address = ?";

    @Resource(lookup = "java:app/jdbc/draaischijf")
    DataSource dataSource;

    Clock clock = Clock.systemUTC();

    public AddressLimitsBean() {
    }

    /** Outside the server (tests): over this database, at this clock; each instance stands for a server. */
    public AddressLimitsBean(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public Admission count(String limit, String address, int perMinute) {
        if (perMinute <= 0) {
            return Admission.unlimited();
        }
        Instant now = clock.instant();
        try {
            Window window = counted(cut(limit, MAX_NAME), cut(address, MAX_ADDRESS), now);
            reachable();
            return window.hits() <= perMinute ? new Admission(true, window.hits(), 0)
                    : new Admission(false, window.hits(), window.secondsLeft(now));
        } catch (SQLException | RuntimeException e) {
            return failOpen(e);
        }
    }

    @Override
    public Admission peek(String limit, String address, int perMinute) {
        if (perMinute <= 0) {
            return Admission.unlimited();
        }
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            Window window = read(connection, cut(limit, MAX_NAME), cut(address, MAX_ADDRESS));
            reachable();
            if (window == null || window.isOver(now)) {
                return new Admission(true, 0, 0);
            }
            return window.hits() < perMinute ? new Admission(true, window.hits(), 0)
                    : new Admission(false, window.hits(), window.secondsLeft(now));
        } catch (SQLException | RuntimeException e) {
            return failOpen(e);
        }
    }

    /** Every few minutes, on every server: the rows whose minute ended more than a minute ago go. */
    @Schedule(minute = "*/5", hour = "*", persistent = false)
    public void sweep() {
        try {
            int removed = removeEnded(clock.instant());
            if (removed > 0) {
                LOG.fine(() -> removed + " ended per-address limit window(s) removed");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "Ended per-address limit windows not removed; the next run tries again", e);
        }
    }

    /** Deletes the rows whose minute ended at least a minute before {@code now}; how many. */
    int removeEnded(Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "delete from platform_address_limit where window_start < ?")) {
            delete.setObject(1, timestamp(now.minus(MINUTE).minus(MINUTE)));
            return delete.executeUpdate();
        }
    }

    /** The address's window after counting this attempt, in one transaction; tried again when that fails. */
    private Window counted(String limit, String address, Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            try {
                connection.setAutoCommit(false);
                for (int attempt = 1; ; attempt++) {
                    try {
                        Window window = countIn(connection, limit, address, now);
                        connection.commit();
                        return window;
                    } catch (SQLException e) {
                        rollback(connection, e);
                        if (attempt >= TRIES) {
                            throw e;
                        }
                        LockSupport.parkNanos(Duration.ofMillis(attempt).toNanos());
                    }
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private static Window countIn(Connection connection, String limit, String address, Instant now) throws SQLException {
        if (update(connection, limit, address, now) == 0) {
            try (PreparedStatement insert = connection.prepareStatement(FIRST)) {
                insert.setString(1, limit);
                insert.setString(2, address);
                insert.setObject(3, timestamp(now));
                insert.executeUpdate();
            }
            // the row is there now, this transaction's or another server's: count on it as on any other
            update(connection, limit, address, now);
        }
        Window window = read(connection, limit, address);
        if (window == null) {
            throw new SQLException("the count of " + limit + " for an address vanished while it was counted");
        }
        return window;
    }

    private static int update(Connection connection, String limit, String address, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(COUNT)) {
            OffsetDateTime over = timestamp(now.minus(MINUTE));
            update.setObject(1, over);
            update.setObject(2, over);
            update.setObject(3, timestamp(now));
            update.setString(4, limit);
            update.setString(5, address);
            return update.executeUpdate();
        }
    }

    private static Window read(Connection connection, String limit, String address) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(READ)) {
            select.setString(1, limit);
            select.setString(2, address);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? new Window(rows.getObject(1, OffsetDateTime.class).toInstant(), rows.getInt(2)) : null;
            }
        }
    }

    private static void rollback(Connection connection, SQLException cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static Admission failOpen(Exception e) {
        if (UNREACHABLE.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "The per-address limits could not be counted in the database: every attempt is let"
                    + " through until they can (logged once)", e);
        }
        return Admission.unlimited();
    }

    private static void reachable() {
        if (UNREACHABLE.compareAndSet(true, false)) {
            LOG.info("The per-address limits are counted in the database again");
        }
    }

    private static String cut(String value, int max) {
        String text = value == null ? "" : value;
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** An address's current minute: when it started and how many attempts it holds. */
    private record Window(Instant start, int hits) {

        boolean isOver(Instant now) {
            return !now.isBefore(start.plus(MINUTE));
        }

        long secondsLeft(Instant now) {
            long millis = Duration.between(now, start.plus(MINUTE)).toMillis();
            return Math.max(1, (millis + 999) / 1000);
        }
    }
}
