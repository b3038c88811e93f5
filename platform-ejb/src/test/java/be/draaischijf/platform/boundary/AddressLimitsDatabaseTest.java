package be.draaischijf.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.platform.ModuleSchema;
import be.draaischijf.platform.limits.Admission;
import be.draaischijf.testing.TestDatabase;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The per-address limits counted in the database, so that every server of a cluster sees the same count (ADR 0051):
 * an address's minute starts at its first attempt; past the limit it waits for the end of that minute; two servers
 * share one count, and attempts at the same moment from many threads never get past the limit.
 */
class AddressLimitsDatabaseTest {

    static final Instant T0 = Instant.parse("2026-12-01T09:00:00.250Z");

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAddressHasItsLimitInAMinuteThenWaitsForTheEndOfThatMinute(TestDatabase kind) {
        DataSource database = migrated(kind);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(server(database, T0.plusSeconds(attempt)).count("intakes", "203.0.113.7", 5))
                    .as("attempt %d", attempt).isEqualTo(new Admission(true, attempt, 0));
        }
        Admission refused = server(database, T0.plusSeconds(10)).count("intakes", "203.0.113.7", 5);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.count()).isEqualTo(6);
        // the minute started at the first attempt (T0 + 1 s): 51 s to go at T0 + 10 s
        assertThat(refused.waitSeconds()).hasValue(51);
        assertThat(server(database, T0.plusMillis(60_500)).count("intakes", "203.0.113.7", 5).retryAfterSeconds())
                .as("half a second left is a whole second to wait").isEqualTo(1);
        assertThat(server(database, T0.plusSeconds(30)).count("intakes", "198.51.100.9", 5).allowed())
                .as("another address").isTrue();
        assertThat(server(database, T0.plusSeconds(30)).count("account-mails", "203.0.113.7", 5).allowed())
                .as("another limit").isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aNewMinuteStartsAfreshWithTheFirstAttemptAfterTheLastOneEnded(TestDatabase kind) {
        DataSource database = migrated(kind);
        for (int attempt = 0; attempt < 4; attempt++) {
            server(database, T0).count("intakes", "203.0.113.7", 3);
        }
        assertThat(server(database, T0.plusSeconds(59)).count("intakes", "203.0.113.7", 3).allowed()).isFalse();

        Admission next = server(database, T0.plusSeconds(60)).count("intakes", "203.0.113.7", 3);

        assertThat(next).isEqualTo(new Admission(true, 1, 0));
        server(database, T0.plusSeconds(70)).count("intakes", "203.0.113.7", 3);
        server(database, T0.plusSeconds(80)).count("intakes", "203.0.113.7", 3);
        assertThat(server(database, T0.plusSeconds(90)).count("intakes", "203.0.113.7", 3).waitSeconds())
                .as("the new minute runs from T0 + 60 s").hasValue(30);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoServersShareOneCount(TestDatabase kind) {
        DataSource database = migrated(kind);
        AddressLimitsBean first = server(database, T0);
        AddressLimitsBean second = server(database, T0.plusSeconds(1));

        List<Boolean> allowed = new ArrayList<>();
        for (int attempt = 0; attempt < 10; attempt++) {
            allowed.add((attempt % 2 == 0 ? first : second).count("registrations", "203.0.113.7", 6).allowed());
        }

        assertThat(allowed).containsExactly(true, true, true, true, true, true, false, false, false, false);
        assertThat(second.peek("registrations", "203.0.113.7", 6).count()).isEqualTo(10);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void attemptsAtTheSameMomentFromManyThreadsOnTwoServersNeverGetPastTheLimit(TestDatabase kind) throws Exception {
        DataSource database = migrated(kind);
        AddressLimitsBean[] servers = {server(database, T0), server(database, T0)};
        int threads = 8;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Admission> answers = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<Admission>>> futures = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                AddressLimitsBean server = servers[thread % 2];
                futures.add(pool.submit(() -> {
                    go.await();
                    List<Admission> mine = new ArrayList<>();
                    for (int attempt = 0; attempt < each; attempt++) {
                        mine.add(server.count("login-failures", "203.0.113.7", 25));
                    }
                    return mine;
                }));
            }
            go.countDown();
            for (Future<List<Admission>> future : futures) {
                answers.addAll(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers.stream().filter(Admission::allowed).count()).isEqualTo(25);
        assertThat(answers).extracting(Admission::count).as("every attempt counted once, none lost, none twice")
                .doesNotHaveDuplicates().hasSize(threads * each).allSatisfy(count -> assertThat(count).isBetween(1, threads * each));
        assertThat(servers[0].peek("login-failures", "203.0.113.7", 25).count()).isEqualTo(threads * each);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPeekDoesNotCountAndSaysWhenTheAddressReachedItsLimit(TestDatabase kind) {
        DataSource database = migrated(kind);
        AddressLimitsBean server = server(database, T0);

        assertThat(server.peek("login-failures", "203.0.113.7", 3)).isEqualTo(new Admission(true, 0, 0));
        server.count("login-failures", "203.0.113.7", 3);
        server.count("login-failures", "203.0.113.7", 3);
        assertThat(server.peek("login-failures", "203.0.113.7", 3)).as("two of three").isEqualTo(new Admission(true, 2, 0));
        assertThat(server.count("login-failures", "203.0.113.7", 3)).as("the third reaches the limit")
                .isEqualTo(new Admission(true, 3, 0));

        assertThat(server(database, T0.plusSeconds(20)).peek("login-failures", "203.0.113.7", 3))
                .isEqualTo(new Admission(false, 3, 40));
        assertThat(server(database, T0.plusSeconds(60)).peek("login-failures", "203.0.113.7", 3))
                .as("the minute is over").isEqualTo(new Admission(true, 0, 0));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void zeroSwitchesALimitOffAndCountsNothing(TestDatabase kind) {
        DataSource database = migrated(kind);
        AddressLimitsBean server = server(database, T0);

        for (int attempt = 0; attempt < 50; attempt++) {
            assertThat(server.count("intakes", "203.0.113.7", 0).allowed()).isTrue();
        }

        assertThat(server.peek("intakes", "203.0.113.7", 10).count()).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aLongAddressIsCutNotRefused(TestDatabase kind) {
        DataSource database = migrated(kind);
        String address = "2001:db8::1, " + "x".repeat(300);

        assertThat(server(database, T0).count("intakes", address, 1).allowed()).isTrue();
        assertThat(server(database, T0).count("intakes", address, 1).allowed()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theTimerRemovesTheMinutesThatEndedOnly(TestDatabase kind) throws SQLException {
        DataSource database = migrated(kind);
        server(database, T0).count("intakes", "203.0.113.1", 5);
        server(database, T0.plusSeconds(100)).count("intakes", "203.0.113.2", 5);

        int removed = server(database, T0.plusSeconds(150)).removeEnded(T0.plusSeconds(150));

        assertThat(removed).isEqualTo(1);
        assertThat(server(database, T0.plusSeconds(150)).peek("intakes", "203.0.113.2", 5).count()).isEqualTo(1);
    }

    @Test
    void aDatabaseThatDoesNotAnswerLetsEveryAttemptThroughAndIsLoggedOnce() {
        DataSource database = migrated(TestDatabase.H2);
        // answered: from here on, whatever an earlier test did, an outage is new
        server(database, T0).count("intakes", "203.0.113.7", 1);
        List<LogRecord> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(AddressLimitsBean.class.getName());
        log.addHandler(handler);
        try {
            AddressLimitsBean cutOff = server(new Unreachable(), T0);

            for (int attempt = 0; attempt < 5; attempt++) {
                assertThat(cutOff.count("intakes", "203.0.113.7", 1)).isEqualTo(Admission.unlimited());
                assertThat(cutOff.peek("intakes", "203.0.113.7", 1).allowed()).isTrue();
            }
            assertThat(logged).filteredOn(record -> record.getLevel() == Level.WARNING).hasSize(1);

            assertThat(server(database, T0).count("intakes", "203.0.113.7", 1).allowed())
                    .as("counted again once the database answers").isFalse();
            assertThat(logged).filteredOn(record -> record.getLevel() == Level.INFO).hasSize(1);
        } finally {
            log.removeHandler(handler);
        }
    }

    private static DataSource migrated(TestDatabase kind) {
        DataSource database = kind.create();
        new ModuleSchema("platform", AddressLimitsDatabaseTest.class.getClassLoader()).migrate(database, false);
        return database;
    }

    /** A server whose clock shows this moment. */
    private static AddressLimitsBean server(DataSource database, Instant now) {
        return new AddressLimitsBean(database, Clock.fixed(now, ZoneOffset.UTC));
    }

    /** A database that cannot be reached. */
    private static final class Unreachable implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLException("Connection refused", "08001");
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
