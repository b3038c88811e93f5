package be.draaischijf.web.health;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether a failure means that the database cannot be reached right now (ADR 0050): the pool found no connection, the
 * connection broke, or the database is shutting down or starting. Such a request is answered 503 with
 * {@code Retry-After} (the API's problem, the pages' "tijdelijk niet beschikbaar"), never a 500 with a stack trace; the
 * pool brings new connections by itself once the database is back. A slow statement (time-out) or a broken query stays
 * an unexpected error.
 * <p>
 * The failure arrives wrapped by the EJB container, JPA/Hibernate, the server's pool and Faces, in varying order, so the
 * whole chain of causes is read. The server's and Hibernate's exceptions are recognised by class name: the web module
 * compiles against neither.
 */
public final class DatabaseUnavailable {

    /** The Retry-After when {@code draaischijf.db.retry-after-seconds} is not set (or cannot be read). */
    static final long DEFAULT_RETRY_AFTER_SECONDS = 5;

    /**
     * Exceptions (or their superclasses) that mean "no connection": Hibernate's for SQL state class 08, the connector's
     * "could not allocate a connection" (the database refused it, or every connection stayed busy for the pool's maximum
     * wait), and the pool's own.
     */
    private static final Set<String> CONNECTION_FAILURES = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "jakarta.resource.spi.ResourceAllocationException",
            "com.sun.appserv.connectors.internal.api.PoolingException");

    /**
     * SQL states besides class 08 (connection exception): PostgreSQL's administrator shutdown, crash shutdown, "cannot
     * connect now" (starting or stopping) and too many connections; H2's broken connection, closed database and database
     * shutting down.
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300", "90067", "90098", "90121");

    /** Causes read at most, against a chain that loops. */
    private static final int MAX_CAUSES = 64;

    private DatabaseUnavailable() {
    }

    /** Whether this failure, or anything that caused it, says the database cannot be reached. */
    public static boolean isCauseOf(Throwable failure) {
        return find(failure).isPresent();
    }

    /** The exception in the chain that says the database cannot be reached (for the log: shorter than the chain). */
    public static Optional<Throwable> find(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> waiting = new ArrayDeque<>();
        if (failure != null) {
            waiting.push(failure);
        }
        while (!waiting.isEmpty() && seen.size() < MAX_CAUSES) {
            Throwable current = waiting.pop();
            if (!seen.add(current)) {
                continue;
            }
            if (meansNoConnection(current)) {
                return Optional.of(current);
            }
            if (current.getCause() != null) {
                waiting.push(current.getCause());
            }
            if (current instanceof SQLException sql && sql.getNextException() != null) {
                waiting.push(sql.getNextException());
            }
        }
        return Optional.empty();
    }

    /** This one exception, without its causes. */
    static boolean meansNoConnection(Throwable failure) {
        if (failure instanceof SQLTransientConnectionException || failure instanceof SQLNonTransientConnectionException
                || failure instanceof SQLRecoverableException) {
            return true;
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState().toUpperCase(Locale.ROOT);
            if (state.startsWith("08") || STATES.contains(state)) {
                return true;
            }
        }
        for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
            if (CONNECTION_FAILURES.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }

    /** Seconds for {@code Retry-After}: {@code draaischijf.db.retry-after-seconds}, else {@value #DEFAULT_RETRY_AFTER_SECONDS}. */
    public static long retryAfterSeconds() {
        try {
            return ConfigProvider.getConfig().getOptionalValue("draaischijf.db.retry-after-seconds", Long.class)
                    .filter(seconds -> seconds > 0)
                    .orElse(DEFAULT_RETRY_AFTER_SECONDS);
        } catch (RuntimeException | ServiceConfigurationError | LinkageError noConfiguration) {
            // no MicroProfile Config at hand (a unit test), or a value that is no number
            return DEFAULT_RETRY_AFTER_SECONDS;
        }
    }
}
