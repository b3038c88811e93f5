package be.draaischijf.training.boundary;

import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.testing.TestDatabase;
import be.draaischijf.training.api.CalendarEntry;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.training.api.RegistrationStatus;
import be.draaischijf.training.api.SessionKind;
import be.draaischijf.training.api.SessionStatus;
import be.draaischijf.training.api.SessionSummary;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The training module's migrations, mappings, demo data and calendar queries on real PostgreSQL and on H2. */
class TrainingModuleDatabaseTest {

    static final UUID NEARLY_FULL = UUID.fromString("5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f04");
    static final UUID THREE_DAYS = UUID.fromString("5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f05");

    final TrainingFixture fixture = new TrainingFixture();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void publicCalendarShowsOnlyPublishedUpcomingSessionsSoonestFirst(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, true)) {
            var upcoming = inTransaction(emf, (EntityManager em) -> fixture.sessions(em).upcomingPublished(Instant.now(), 10));

            assertThat(upcoming).hasSize(5).allMatch(s -> s.status() == SessionStatus.PUBLISHED);
            assertThat(upcoming).extracting(SessionSummary::startsAt).isSorted();
            assertThat(inTransaction(emf, (EntityManager em) -> fixture.sessions(em).count())).isEqualTo(6);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void sessionsThatAlreadyStartedAreNotUpcoming(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, true)) {
            var later = inTransaction(emf, (EntityManager em) -> fixture.sessions(em)
                    .upcomingPublished(Instant.now().plus(Duration.ofDays(11)), 10));

            assertThat(later).extracting(SessionSummary::title).containsExactly(
                    "Driedaagse vorming: oplossingsgericht werken met jongeren",
                    "Online infosessie: het aanbod van de netwerkpartners",
                    "Vorming: signalen van schooluitval herkennen");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDemoHasANearlyFullSessionAndAThreeDayTrainingShownOnEachOfItsDays(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, true)) {
            var upcoming = inTransaction(emf, (EntityManager em) -> fixture.sessions(em).upcomingPublished(Instant.now(), 10));
            SessionSummary nearlyFull = upcoming.stream().filter(s -> s.id().equals(NEARLY_FULL)).findFirst().orElseThrow();
            assertThat(nearlyFull.freePlaces()).isEqualTo(1);
            assertThat(nearlyFull.confirmed()).isEqualTo(9);
            assertThat(upcoming.stream().filter(s -> s.id().equals(THREE_DAYS)).findFirst().orElseThrow().dayCount()).isEqualTo(3);

            var month = inTransaction(emf, (EntityManager em) -> fixture.sessions(em)
                    .calendar(Instant.now(), Instant.now().plus(Duration.ofDays(40)), null, null));
            assertThat(month).filteredOn(e -> e.sessionId().equals(THREE_DAYS))
                    .extracting(CalendarEntry::dayIndex).containsExactly(0, 1, 2);
            assertThat(month).extracting(CalendarEntry::startsAt).isSorted();
            assertThat(month).noneMatch(e -> e.status() == SessionStatus.DRAFT);

            assertThat(inTransaction(emf, (EntityManager em) -> fixture.sessions(em)
                    .upcomingPublished(Instant.now(), SessionKind.TRAINING, "DROPOUT", 10)))
                    .as("filtered by kind and theme").extracting(SessionSummary::title).containsExactly(
                            "Driedaagse vorming: oplossingsgericht werken met jongeren",
                            "Vorming: signalen van schooluitval herkennen");
            assertThat(inTransaction(emf, (EntityManager em) -> fixture.sessions(em)
                    .calendar(Instant.now(), Instant.now().plus(Duration.ofDays(40)), null, "PROFESSIONAL_SECRECY")))
                    .extracting(CalendarEntry::sessionId).containsExactly(NEARLY_FULL);

            var rows = inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .participants(NEARLY_FULL, RegistrationStatus.CONFIRMED, 0, 5));
            assertThat(rows).hasSize(5).allMatch(r -> r.email().endsWith("@example.org"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyCoordinatorsAndAdministratorsRunSessions(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, true)) {
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> fixture.as("professional").sessions(em)
                    .create(TrainingFixture.draft("Niet toegelaten", 10, 5))))
                    .isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> fixture.as("nobody").registrations(em)
                    .participants(NEARLY_FULL, null, 0, 10)))
                    .isInstanceOf(NotPermitted.class);
            assertThat(inTransaction(emf, (EntityManager em) -> fixture.as("admin").sessions(em)
                    .create(TrainingFixture.draft("Wel toegelaten", 10, 5))).status()).isEqualTo(SessionStatus.DRAFT);
            assertThat(inTransaction(emf, (EntityManager em) -> fixture.sessions(em).findPublic(
                    UUID.fromString("5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f03")))).as("a draft is not public").isEmpty();
        }
    }
}
