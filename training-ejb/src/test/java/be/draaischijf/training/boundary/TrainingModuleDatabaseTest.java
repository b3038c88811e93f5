package be.draaischijf.training.boundary;

import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.testing.TestDatabase;
import be.draaischijf.training.api.CalendarEntry;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.training.api.RegistrationStatus;
import be.draaischijf.training.api.SessionDate;
import be.draaischijf.training.api.SessionDraft;
import be.draaischijf.training.api.SessionKind;
import be.draaischijf.training.api.SessionStatus;
import be.draaischijf.training.api.SessionSummary;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The training module's migrations, mappings, demo data and calendar queries on real PostgreSQL and on H2. */
class TrainingModuleDatabaseTest {

    static final UUID NEARLY_FULL = UUID.fromString("5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f04");
    static final UUID THREE_DAYS = UUID.fromString("5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f05");
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

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
    void sessionsThatEndBeforeTheChosenMomentAreNotListed(TestDatabase kind) {
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
    void draftsAndSessionsThatEndedAreInNoPublicViewButASessionStillGoingOnIs(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            LocalDate today = LocalDate.now();
            UUID goingOn = fixture.published(emf, TrainingFixture.draft("Loopt nog", 10, 3));
            UUID ended = fixture.published(emf, TrainingFixture.draft("Al voorbij", 10, 2));
            UUID draft = inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em)
                    .create(TrainingFixture.draft("Nog een ontwerp", 10, 3))).id();
            SessionDraft twoDays = new SessionDraft(SessionKind.TRAINING, "Tweedaagse", null, null, null, null, null, "Zaal Test",
                    null, null, List.of(new SessionDate(today.plusDays(2), LocalTime.of(9, 0), LocalTime.of(12, 0)),
                            new SessionDate(today.plusDays(5), LocalTime.of(9, 0), LocalTime.of(12, 0))), 10, null, null, 0);
            UUID halfDone = fixture.published(emf, twoDays);

            // three days on, at 14:00 in Brussels: "Loopt nog" (13:00-15:00) started an hour ago and is not past;
            // "Al voorbij" ended yesterday (published still: the timer has not closed it); the two-day training is half done
            Instant twoPm = today.plusDays(3).atTime(14, 0).atZone(BRUSSELS).toInstant();
            fixture.clock = Clock.fixed(twoPm, ZoneOffset.UTC);
            Instant longAgo = twoPm.minus(Duration.ofDays(30));
            Instant start = today.atStartOfDay(BRUSSELS).toInstant();

            assertThat(inTransaction(emf, (EntityManager em) -> fixture.sessions(em).upcomingPublished(longAgo, 10)))
                    .extracting(SessionSummary::id).containsExactly(halfDone, goingOn);
            assertThat(inTransaction(emf, (EntityManager em) -> fixture.sessions(em).countUpcomingPublished(longAgo, null, null)))
                    .isEqualTo(2);
            assertThat(inTransaction(emf, (EntityManager em) -> fixture.sessions(em)
                    .calendar(start, start.plus(Duration.ofDays(10)), null, null)))
                    .as("the days not ended, of published sessions only")
                    .extracting(e -> e.sessionId() + "/" + e.dayIndex()).containsExactly(goingOn + "/0", halfDone + "/1");
            assertThat(inTransaction(emf, (EntityManager em) -> fixture.sessions(em).nextPublishedDay(longAgo, null, null)))
                    .as("the day going on is the next one").hasValueSatisfying(e -> assertThat(e.sessionId()).isEqualTo(goingOn));
            assertThat(inTransaction(emf, (EntityManager em) -> fixture.sessions(em).nextPublishedDay(longAgo, SessionKind.TRAINING, null)))
                    .hasValueSatisfying(e -> assertThat(e.sessionId() + "/" + e.dayIndex()).isEqualTo(halfDone + "/1"));
            assertThat(inTransaction(emf, (EntityManager em) -> fixture.sessions(em).nextPublishedDay(longAgo, SessionKind.INTERVISION, null)))
                    .isEmpty();

            assertThat(inTransaction(emf, (EntityManager em) -> fixture.sessions(em).findPublic(goingOn))).isPresent();
            assertThat(inTransaction(emf, (EntityManager em) -> fixture.sessions(em).findPublic(ended))).as("past").isEmpty();
            assertThat(inTransaction(emf, (EntityManager em) -> fixture.sessions(em).findPublic(draft))).as("a draft").isEmpty();
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> fixture.sessions(em).sessionIcs(ended)))
                    .isInstanceOf(NotFound.class);
            assertThat(inTransaction(emf, (EntityManager em) -> fixture.sessions(em).calendarFeed()))
                    .contains("Loopt nog", "Tweedaagse").doesNotContain("Al voorbij", "Nog een ontwerp");
            assertThat(inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).find(ended).title()))
                    .as("the coordinators still see it").isEqualTo("Al voorbij");
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
