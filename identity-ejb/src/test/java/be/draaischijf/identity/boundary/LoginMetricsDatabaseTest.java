package be.draaischijf.identity.boundary;

import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.identity.api.LoginResult.Outcome;
import be.draaischijf.platform.metrics.Metrics;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What city IT sees of logins on /metrics (ADR 0052), counted by the identity module as it answers: each password login
 * by its outcome and way in, and each account locked after too many failures, once.
 */
class LoginMetricsDatabaseTest {

    final List<String> counted = new ArrayList<>();
    final Metrics metrics = new Metrics(null) {
        @Override
        public void login(LoginOutcome outcome, LoginVia via) {
            counted.add(outcome + " " + via);
        }

        @Override
        public void lockout() {
            counted.add("LOCKOUT");
        }
    };

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyPasswordLoginIsCountedByOutcomeAndALockoutOnce(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("identity", kind.migrated("identity", true))) {
            assertThat(login(emf, "professional", "demo")).isEqualTo(Outcome.ACCEPTED);
            assertThat(login(emf, "niemand", "demo")).isEqualTo(Outcome.REJECTED);
            assertThat(counted).containsExactly("SUCCESS PAGE", "FAILURE PAGE");

            counted.clear();
            for (int i = 0; i < 5; i++) {
                assertThat(login(emf, "professional", "fout")).isEqualTo(Outcome.REJECTED);
            }
            assertThat(login(emf, "professional", "demo")).isEqualTo(Outcome.THROTTLED);
            assertThat(counted).containsExactly("FAILURE PAGE", "FAILURE PAGE", "FAILURE PAGE", "FAILURE PAGE",
                    "LOCKOUT", "FAILURE PAGE", "LOCKED PAGE");

            counted.clear();
            assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).verifyApiCredentials("coordinator", "demo"))
                    .outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(inTransaction(emf, (EntityManager em) -> accounts(em).verifyApiCredentials("coordinator", "fout"))
                    .outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(counted).as("HTTP Basic on the API").containsExactly("SUCCESS API", "FAILURE API");
        }
    }

    private Outcome login(EntityManagerFactory emf, String username, String password) {
        return inTransaction(emf, (EntityManager em) -> accounts(em).verifyCredentials(username, password)).outcome();
    }

    private AccountsBean accounts(EntityManager em) {
        AccountsBean bean = IdentityFixture.accounts(em, Clock.systemUTC());
        bean.metrics = metrics;
        return bean;
    }
}
