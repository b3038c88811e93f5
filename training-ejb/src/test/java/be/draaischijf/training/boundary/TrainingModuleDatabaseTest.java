package be.draaischijf.training.boundary;

import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.training.api.SessionStatus;
import be.draaischijf.training.api.SessionSummary;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The training module's migrations, mappings and queries on real PostgreSQL and on H2. */
class TrainingModuleDatabaseTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void publicCalendarShowsOnlyPublishedUpcomingSessionsSoonestFirst(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("training", kind.migrated("training", true))) {
            var upcoming = inTransaction(emf, (EntityManager em) -> sessions(em).upcomingPublished(Instant.now(), 10));

            assertThat(upcoming).hasSize(2).allMatch(s -> s.status() == SessionStatus.PUBLISHED);
            assertThat(upcoming).extracting(SessionSummary::startsAt).isSorted();
            assertThat(inTransaction(emf, (EntityManager em) -> sessions(em).count())).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void sessionsThatAlreadyStartedAreNotUpcoming(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("training", kind.migrated("training", true))) {
            var later = inTransaction(emf, (EntityManager em) -> sessions(em).upcomingPublished(Instant.now().plus(Duration.ofDays(10)), 10));

            assertThat(later).extracting(SessionSummary::title).containsExactly("Vorming: signalen van schooluitval herkennen");
        }
    }

    private static TrainingSessionsBean sessions(EntityManager em) {
        TrainingSessionsBean bean = new TrainingSessionsBean();
        bean.em = em;
        return bean;
    }
}
