package be.draaischijf.testing;

import be.draaischijf.platform.ModuleSchema;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty database of one kind, for one test class. PostgreSQL runs once per JVM (Zonky);
 * each call makes a new database in it, so tests do not see each other's rows.
 */
public enum TestDatabase {
    POSTGRESQL, H2;

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    public DataSource create() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        return switch (this) {
            case H2 -> {
                JdbcDataSource ds = new JdbcDataSource();
                ds.setURL("jdbc:h2:mem:" + name
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
                ds.setUser("sa");
                yield ds;
            }
            case POSTGRESQL -> {
                EmbeddedPostgres pg = postgres();
                execute(pg.getPostgresDatabase(), "create database " + name);
                PGSimpleDataSource ds = new PGSimpleDataSource();
                ds.setServerNames(new String[] {"127.0.0.1"});
                ds.setPortNumbers(new int[] {pg.getPort()});
                ds.setDatabaseName(name);
                ds.setUser("postgres");
                yield ds;
            }
        };
    }

    /** A new database with the module's migrations applied (and its demo data when asked). */
    public DataSource migrated(String module, boolean demo) {
        DataSource ds = create();
        new ModuleSchema(module, TestDatabase.class.getClassLoader()).migrate(ds, demo);
        return ds;
    }

    /**
     * The module's persistence unit outside the server, on the given database, with Hibernate
     * validating every mapping against the migrated schema at start.
     */
    public static EntityManagerFactory persistenceUnit(String unit, DataSource ds) {
        return Persistence.createEntityManagerFactory(unit, Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.nonJtaDataSource", ds,
                "hibernate.transaction.jta.platform", "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform",
                "hibernate.hbm2ddl.auto", "validate"));
    }

    /** Runs the work in one transaction and returns its result. */
    public static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    public static void runInTransaction(EntityManagerFactory emf, Consumer<EntityManager> work) {
        inTransaction(emf, (Function<EntityManager, Void>) em -> {
            work.accept(em);
            return null;
        });
    }

    public static void execute(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /**
     * PostgreSQL: returns once a session of this database waits for a lock another transaction holds (a second server's
     * statement blocked by the first one's row locks), polling {@code pg_stat_activity}; fails after ten seconds.
     */
    public static void awaitALockWaiter(DataSource ds) {
        long until = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        try (Connection c = ds.getConnection(); java.sql.PreparedStatement waiting = c.prepareStatement(
                "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")) {
            while (System.nanoTime() < until) {
                try (java.sql.ResultSet rows = waiting.executeQuery()) {
                    rows.next();
                    if (rows.getInt(1) > 0) {
                        return;
                    }
                }
                java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofMillis(20).toNanos());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("pg_stat_activity could not be read", e);
        }
        throw new AssertionError("no session waited for a lock within 10 seconds");
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return postgres;
    }
}
