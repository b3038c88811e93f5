package be.draaischijf.identity.boundary;

import static be.draaischijf.testing.TestDatabase.inTransaction;
import static be.draaischijf.testing.TestDatabase.runInTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.draaischijf.identity.api.LoginResult.Outcome;
import be.draaischijf.identity.api.SecurityEvent;
import be.draaischijf.identity.api.SecurityEvent.Kind;
import be.draaischijf.identity.api.SecurityEventFilter;
import be.draaischijf.platform.security.Caller;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The security event log on PostgreSQL and H2: logins and why they failed, the lock, an administrator's change with
 * who made it, all with the client's address and never a password; an API call's success is not logged at every
 * request; administrators search by username, kind, address and period.
 */
class SecurityEventsDatabaseTest {

    /** A second later at every reading: each event has its own moment, so "newest first" is one order. */
    static final class Ticking extends Clock {
        private Instant now;

        Ticking(Instant start) {
            this.now = start;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }

        synchronized void jump(Duration ahead) {
            now = now.plus(ahead);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    final Ticking clock = new Ticking(Instant.parse("2025-03-03T09:00:00Z"));

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void loginsFailuresTheLockAndAnAdministratorsChangeAreLoggedWithTheAddressAndSearchable(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", true))) {
            assertThat(login(emf, "Coordinator", "demo")).isEqualTo(Outcome.ACCEPTED);
            assertThat(inTransaction(emf, (EntityManager em) -> IdentityFixture.accounts(em, clock)
                    .verifyApiCredentials("coordinator", "demo")).outcome()).isEqualTo(Outcome.ACCEPTED);
            login(emf, "niemand", "demo");
            clock.jump(Duration.ofHours(1));
            for (int i = 0; i < 5; i++) {
                login(emf, "coordinator2", "fout wachtwoord " + i);
            }
            assertThat(login(emf, "coordinator2", "demo")).isEqualTo(Outcome.THROTTLED);
            clock.jump(Duration.ofMinutes(1));
            UUID id = inTransaction(emf, (EntityManager em) -> em.createQuery(
                    "select a.id from Account a where a.username = 'coordinator2'", UUID.class).getSingleResult());
            runInTransaction(emf, em -> staff(em).unlock(id));

            assertThat(search(emf, SecurityEventFilter.ALL))
                    .extracting(SecurityEvent::kind, SecurityEvent::username, SecurityEvent::detail, SecurityEvent::by)
                    .as("newest first; the API call's success is not logged at each request")
                    .containsExactly(
                            tuple(Kind.UNLOCKED, "coordinator2", null, "admin"),
                            tuple(Kind.LOGIN_FAILED, "coordinator2", SecurityEvent.LOCKED, null),
                            tuple(Kind.ACCOUNT_LOCKED, "coordinator2", null, null),
                            tuple(Kind.LOGIN_FAILED, "coordinator2", SecurityEvent.WRONG_PASSWORD, null),
                            tuple(Kind.LOGIN_FAILED, "coordinator2", SecurityEvent.WRONG_PASSWORD, null),
                            tuple(Kind.LOGIN_FAILED, "coordinator2", SecurityEvent.WRONG_PASSWORD, null),
                            tuple(Kind.LOGIN_FAILED, "coordinator2", SecurityEvent.WRONG_PASSWORD, null),
                            tuple(Kind.LOGIN_FAILED, "coordinator2", SecurityEvent.WRONG_PASSWORD, null),
                            tuple(Kind.LOGIN_FAILED, "niemand", SecurityEvent.UNKNOWN_ACCOUNT, null),
                            tuple(Kind.LOGIN_SUCCEEDED, "coordinator", null, null));
            assertThat(search(emf, SecurityEventFilter.ALL)).allMatch(e -> IdentityFixture.ADDRESS.equals(e.address()))
                    .noneMatch(e -> String.valueOf(e.detail()).contains("fout wachtwoord"));

            assertThat(count(emf, new SecurityEventFilter("COORD", Kind.LOGIN_FAILED, null, null, null))).isEqualTo(6);
            assertThat(count(emf, new SecurityEventFilter(null, null, "198.51.100.1", null, null))).isZero();
            Instant start = Instant.parse("2025-03-03T09:00:00Z");
            assertThat(search(emf, new SecurityEventFilter(null, null, IdentityFixture.ADDRESS, start, start.plusSeconds(600))))
                    .extracting(SecurityEvent::username).containsExactly("niemand", "coordinator");
            assertThat(count(emf, new SecurityEventFilter("100%_", null, null, null, null))).as("% and _ are letters").isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void demoAccountsAreRefusedOutsideDemoModeAndTheConfiguredPasswordTakesOverTheAdministrator(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", true))) {
            assertThat(production(emf, "coordinator", "demo")).isEqualTo(Outcome.REJECTED);
            assertThat(inTransaction(emf, (EntityManager em) -> productionAccounts(em).standing("coordinator")).orElseThrow()
                    .active()).as("its open sessions end too").isFalse();
            assertThat(search(emf, new SecurityEventFilter("coordinator", Kind.LOGIN_FAILED, null, null, null)))
                    .extracting(SecurityEvent::detail).containsExactly(SecurityEvent.DEMO_ACCOUNT);

            String configured = "een sterk beheerderswachtwoord";
            runInTransaction(emf, em -> {
                AccountSetup setup = new AccountSetup();
                setup.em = em;
                setup.hashing = IdentityFixture.HASHING;
                setup.ensureAdministrator(java.util.Optional.of(configured));
            });
            assertThat(production(emf, "admin", "demo")).isEqualTo(Outcome.REJECTED);
            assertThat(production(emf, "admin", configured)).as("the configured password took the demo administrator over")
                    .isEqualTo(Outcome.ACCEPTED);
            assertThat(production(emf, "coordinator", "demo")).isEqualTo(Outcome.REJECTED);
        }
    }

    private Outcome production(EntityManagerFactory emf, String username, String password) {
        return inTransaction(emf, (EntityManager em) -> productionAccounts(em).verifyCredentials(username, password)).outcome();
    }

    private AccountsBean productionAccounts(EntityManager em) {
        AccountsBean bean = IdentityFixture.accounts(em, clock);
        bean.demoMode = () -> false;
        return bean;
    }

    private Outcome login(EntityManagerFactory emf, String username, String password) {
        return inTransaction(emf, (EntityManager em) -> IdentityFixture.accounts(em, clock).verifyCredentials(username, password))
                .outcome();
    }

    private java.util.List<SecurityEvent> search(EntityManagerFactory emf, SecurityEventFilter filter) {
        return inTransaction(emf, (EntityManager em) -> events(em).search(filter, 0, 100));
    }

    private long count(EntityManagerFactory emf, SecurityEventFilter filter) {
        return inTransaction(emf, (EntityManager em) -> events(em).count(filter));
    }

    private SecurityEventsBean events(EntityManager em) {
        SecurityEventsBean bean = new SecurityEventsBean();
        bean.em = em;
        bean.log = IdentityFixture.log(em, Caller.of("admin", "ADMIN"), clock);
        return bean;
    }

    private StaffAccountsBean staff(EntityManager em) {
        return IdentityFixture.staff(em, Caller.of("admin", "ADMIN"), clock, null);
    }
}
