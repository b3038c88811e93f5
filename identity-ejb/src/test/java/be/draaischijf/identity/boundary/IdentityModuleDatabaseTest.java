package be.draaischijf.identity.boundary;

import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.identity.api.LoginResult.Outcome;
import be.draaischijf.identity.api.Role;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The identity module on real PostgreSQL and on H2: Flyway migrations, Hibernate mappings validated against them,
 * the demo accounts as the login sees them, the login throttle, and the first administrator.
 */
class IdentityModuleDatabaseTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void productionSchemaHasNoDemoAccounts(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", false))) {
            assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).count())).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void demoAccountLogsInWithPasswordDemoAndCarriesItsRoleAndOrganisation(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", true))) {
            var coordinator = inTransaction(emf, (EntityManager em) -> accounts(em).verifyCredentials("coordinator", "demo"));
            var partner = inTransaction(emf, (EntityManager em) -> accounts(em).verifyCredentials("Partner.Elegast ", "demo"));

            assertThat(coordinator.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(coordinator.account().orElseThrow().roles()).containsExactly(Role.COORDINATOR);
            assertThat(partner.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(partner.account().orElseThrow().organisationId()).isNotNull();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", true))) {
            for (int i = 0; i < 4; i++) {
                assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).verifyCredentials("professional", "wrong")).outcome())
                        .isEqualTo(Outcome.REJECTED);
            }
            assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).verifyCredentials("professional", "demo")).outcome())
                    .as("a success before the limit resets the count").isEqualTo(Outcome.ACCEPTED);
            for (int i = 0; i < 5; i++) {
                TestDatabase.inTransaction(emf, (EntityManager em) -> accounts(em).verifyCredentials("professional", "wrong"));
            }
            assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).verifyCredentials("professional", "demo")).outcome())
                    .isEqualTo(Outcome.THROTTLED);
            assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).verifyCredentials("professional2", "demo")).outcome())
                    .as("other accounts are not affected").isEqualTo(Outcome.ACCEPTED);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void unknownUserIsRejectedLikeAWrongPassword(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", true))) {
            var result = inTransaction(emf, (EntityManager em) -> accounts(em).verifyCredentials("nobody", "demo"));
            assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(result.account()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aPasswordHashedWithFewerIterationsIsHashedAgainAtItsNextLoginWithoutEndingSessions(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", true))) {
            // the demo accounts' hashes have 210 000 iterations; a server configured with more replaces one at a login
            AccountsBean stronger = IdentityFixture.accounts(null, java.time.Clock.systemUTC());
            stronger.hashing = IdentityFixture.hashing(250_000);
            int sessions = inTransaction(emf, (EntityManager em) -> accounts(em).standing("coordinator")).orElseThrow()
                    .credentialsVersion();

            assertThat(inTransaction(emf, (EntityManager em) -> {
                stronger.em = em;
                stronger.log = IdentityFixture.log(em, be.draaischijf.platform.security.Caller.of(null), java.time.Clock.systemUTC());
                return stronger.verifyCredentials("coordinator", "demo");
            }).outcome()).isEqualTo(Outcome.ACCEPTED);

            assertThat(storedHash(emf, "coordinator")).startsWith("PBKDF2WithHmacSHA256:250000:");
            assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).standing("coordinator")).orElseThrow()
                    .credentialsVersion()).as("open sessions stay: the same password").isEqualTo(sessions);
            assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).verifyCredentials("coordinator", "demo")).outcome())
                    .isEqualTo(Outcome.ACCEPTED);
            assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).verifyCredentials("coordinator", "fout")).outcome())
                    .isEqualTo(Outcome.REJECTED);
            assertThat(storedHash(emf, "coordinator2")).as("only the account that logged in")
                    .startsWith("PBKDF2WithHmacSHA256:210000:");
        }
    }

    private static String storedHash(EntityManagerFactory emf, String username) {
        return inTransaction(emf, (EntityManager em) -> em.createQuery(
                "select a.passwordHash from Account a where a.username = :u", String.class).setParameter("u", username)
                .getSingleResult());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void productionStartCreatesTheAdministratorFromConfigurationOnlyOnce(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", false))) {
            TestDatabase.runInTransaction(emf, em -> setup(em).ensureAdministrator(Optional.of("too-short")));
            assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).count())).as("weak password refused").isZero();

            TestDatabase.runInTransaction(emf, em -> setup(em).ensureAdministrator(Optional.of("a-long-enough-secret")));
            TestDatabase.runInTransaction(emf, em -> setup(em).ensureAdministrator(Optional.of("another-long-secret")));

            assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).count())).isEqualTo(1);
            assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).verifyCredentials("admin", "a-long-enough-secret"))
                    .account().orElseThrow().roles()).containsExactly(Role.ADMIN);
        }
    }

    private static AccountsBean accounts(EntityManager em) {
        return IdentityFixture.accounts(em, java.time.Clock.systemUTC());
    }

    private static AccountSetup setup(EntityManager em) {
        AccountSetup bean = new AccountSetup();
        bean.em = em;
        bean.hashing = hashing();
        return bean;
    }

    private static PasswordHashing hashing() {
        return IdentityFixture.hashing(210_000);
    }
}
