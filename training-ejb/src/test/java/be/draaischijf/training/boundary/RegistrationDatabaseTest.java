package be.draaischijf.training.boundary;

import be.draaischijf.platform.security.Caller;
import be.draaischijf.training.control.TrainingRecords;
import be.draaischijf.platform.refusal.FieldError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.testing.TestDatabase;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.training.api.Attendance;
import be.draaischijf.training.api.AttendanceCount;
import be.draaischijf.training.api.CancelOutcome;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.training.api.ParticipantRow;
import be.draaischijf.training.api.RegistrationResult;
import be.draaischijf.training.api.RegistrationStatus;
import be.draaischijf.platform.refusal.Busy;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.training.api.SessionDraft;
import be.draaischijf.training.api.SessionStatus;
import be.draaischijf.training.api.SessionView;
import be.draaischijf.platform.refusal.NotFound;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The registration rules a person or an organiser notices, on PostgreSQL and H2. */
class RegistrationDatabaseTest {

    final TrainingFixture fixture = new TrainingFixture();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFullSessionPutsPeopleOnTheWaitingListAndACancellationPromotesTheFirstOfThem(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID session = fixture.published(emf, TrainingFixture.draft("Infosessie wachtlijst", 2, 10));

            RegistrationResult ann = register(emf, session, "Ann");
            RegistrationResult bob = register(emf, session, "Bob");
            RegistrationResult cas = register(emf, session, "Cas");
            RegistrationResult dee = register(emf, session, "Dee");
            RegistrationResult eva = register(emf, session, "Eva");

            assertThat(List.of(ann.status(), bob.status(), cas.status(), dee.status(), eva.status())).containsExactly(
                    RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED,
                    RegistrationStatus.WAITLISTED, RegistrationStatus.WAITLISTED);
            assertThat(List.of(cas.position(), dee.position(), eva.position())).containsExactly(1, 2, 3);
            assertThat(ann.position()).isNull();
            assertThat(ann.cancelToken()).hasSize(43).matches("[A-Za-z0-9_-]+");
            Mailer.Mail confirmation = mailTo("ann@example.org");
            assertThat(confirmation.subject()).startsWith("Inschrijving bevestigd: Infosessie wachtlijst");
            assertThat(confirmation.text()).contains(TrainingFixture.BASE_URL + "/inschrijving/" + ann.cancelToken())
                    .contains("Je plaats is bevestigd").contains("Your place is confirmed");
            assertThat(confirmation.attachments()).singleElement().satisfies(a -> assertThat(a.contentType()).startsWith("text/calendar"));
            assertThat(mailTo("dee@example.org").text()).contains("op plaats 2").contains("in position 2")
                    .contains("/inschrijving/" + dee.cancelToken());

            // Bob gives up his seat: Cas (first in line) gets it and is told; Dee and Eva move up
            fixture.mails.clear();
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).cancel(bob.cancelToken())))
                    .isEqualTo(CancelOutcome.CANCELLED);
            assertThat(fixture.mails).singleElement().satisfies(mail -> {
                assertThat(mail.to()).containsExactly("cas@example.org");
                assertThat(mail.subject()).startsWith("Er is een plaats vrij");
                assertThat(mail.attachments()).hasSize(1);
                assertThat(mail.text()).contains("/inschrijving/");
            });
            assertThat(view(emf, cas).status()).isEqualTo(RegistrationStatus.CONFIRMED);
            assertThat(view(emf, dee).position()).isEqualTo(1);
            assertThat(view(emf, eva).position()).isEqualTo(2);
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).cancel(bob.cancelToken())))
                    .as("the link a second time").isEqualTo(CancelOutcome.ALREADY_CANCELLED);

            // Dee leaves the waiting list: Eva is next; nobody is promoted (no seat free)
            fixture.mails.clear();
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).cancel(dee.cancelToken())))
                    .isEqualTo(CancelOutcome.LEFT_WAITING_LIST);
            assertThat(fixture.mails).isEmpty();
            assertThat(view(emf, eva).position()).isEqualTo(1);

            // the link in the promotion mail works too (each mail has a token of its own)
            SessionView now = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).find(session));
            assertThat(now.confirmed()).isEqualTo(2);
            assertThat(now.waiting()).isEqualTo(1);
            assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).cancel("no-such-token")))
                    .isInstanceOf(NotFound.class);
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).findByToken("no-such-token"))).isEmpty();

            // Bob, cancelled, may register again: he joins the end of the queue
            assertThat(register(emf, session, "Bob").position()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void oneRegistrationPerEmailAddressAndOnlyInsideTheWindowOfAPublishedSession(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID session = fixture.published(emf, TrainingFixture.draft("Infosessie regels", 5, 10));
            register(emf, session, "Ann");
            var again = new be.draaischijf.training.api.RegistrationForm("Ann", "Anders", "  ANN@Example.org ", null, null, null, null, true);
            assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).register(session, again)))
                    .isInstanceOfSatisfying(NotAllowedNow.class, e -> assertThat(e.reason()).isEqualTo("ALREADY_REGISTERED"));

            var draft = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).create(
                    TrainingFixture.draft("Nog een ontwerp", 5, 10)));
            assertThatThrownBy(() -> register(emf, draft.id(), "Ann")).isInstanceOf(NotFound.class);

            UUID later = fixture.published(emf, TrainingFixture.withWindow(TrainingFixture.draft("Opent later", 5, 20),
                    LocalDateTime.now().plusDays(3), null));
            assertThatThrownBy(() -> register(emf, later, "Ann")).isInstanceOfSatisfying(NotAllowedNow.class,
                    e -> assertThat(e.reason()).isEqualTo("NOT_OPEN_YET"));

            UUID closed = fixture.published(emf, TrainingFixture.withWindow(TrainingFixture.draft("Al dicht", 5, 20),
                    null, LocalDateTime.now().minusHours(1)));
            assertThatThrownBy(() -> register(emf, closed, "Ann")).isInstanceOfSatisfying(NotAllowedNow.class,
                    e -> assertThat(e.reason()).isEqualTo("CLOSED"));

            SessionView toCancel = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).find(session));
            fixture.mails.clear();
            SessionView cancelled = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em)
                    .cancel(session, toCancel.version(), "De spreker is ziek."));
            assertThat(cancelled.status()).isEqualTo(SessionStatus.CANCELLED);
            assertThat(fixture.mails).singleElement().satisfies(mail -> {
                assertThat(mail.to()).containsExactly("ann@example.org");
                assertThat(mail.subject()).startsWith("Geannuleerd: Infosessie regels");
                assertThat(mail.text()).contains("De spreker is ziek.").contains("/inschrijving/");
            });
            assertThatThrownBy(() -> register(emf, session, "Bob")).isInstanceOfSatisfying(NotAllowedNow.class,
                    e -> assertThat(e.reason()).isEqualTo("SESSION_CANCELLED"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void raisingTheCapacityPromotesAsManyAsFitAndAnOldVersionIsAConflict(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID session = fixture.published(emf, TrainingFixture.draft("Vorming capaciteit", 1, 10));
            for (String name : List.of("Ann", "Bob", "Cas", "Dee", "Eva")) {
                register(emf, session, name);
            }
            SessionView before = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).find(session));
            SessionDraft bigger = withCapacity(before.toDraft(), 3);
            fixture.mails.clear();

            SessionView after = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).update(session, bigger));

            assertThat(after.confirmed()).isEqualTo(3);
            assertThat(after.waiting()).isEqualTo(2);
            assertThat(after.version()).isGreaterThan(before.version());
            assertThat(fixture.mails).extracting(mail -> mail.to().get(0)).containsExactly("bob@example.org", "cas@example.org");
            assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em)
                    .update(session, withCapacity(before.toDraft(), 10))))
                    .as("an edit based on the version before").isInstanceOf(ChangedMeanwhile.class);
            assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em)
                    .update(session, withCapacity(after.toDraft(), 2))))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field).contains("capacity"));

            // registrations do not raise the version (no false conflicts, no new SEQUENCE)
            register(emf, session, "Fay");
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).find(session)).version())
                    .isEqualTo(after.version());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theOrganiserListsChecksInExportsMailsAndDuplicates(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID session = fixture.published(emf, TrainingFixture.draft("Vorming lijsten", 2, 10));
            for (String name : List.of("Zoe", "Ann", "Cas", "Bob")) {
                register(emf, session, name);
            }
            var confirmed = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .participants(session, RegistrationStatus.CONFIRMED, 0, 10));
            assertThat(confirmed).extracting(ParticipantRow::firstName).containsExactly("Ann", "Zoe");
            var everyone = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .participants(session, null, 0, 10));
            assertThat(everyone).extracting(ParticipantRow::firstName).containsExactly("Ann", "Zoe", "Cas", "Bob");
            assertThat(everyone).extracting(ParticipantRow::position).containsExactly(null, null, 1, 2);
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .participants(session, null, 2, 1))).extracting(ParticipantRow::firstName).containsExactly("Cas");
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .countParticipants(session, RegistrationStatus.WAITLISTED))).isEqualTo(2);

            ParticipantRow ann = confirmed.get(0);
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .recordAttendance(ann.id(), Attendance.ABSENT)).attendance()).isEqualTo(Attendance.ABSENT);
            assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .recordAttendance(everyone.get(2).id(), Attendance.PRESENT)))
                    .as("someone on the waiting list").isInstanceOf(NotAllowedNow.class);
            // after the session: Ann marked absent is a no-show
            fixture.clock = Clock.offset(Clock.systemUTC(), Duration.ofDays(11));
            var export = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em).exportRows(session));
            assertThat(export).hasSize(4);
            assertThat(export.get(0).noShow()).isTrue();
            assertThat(export.get(1).noShow()).isFalse();
            fixture.clock = Clock.systemUTC();

            fixture.mails.clear();
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .mailParticipants(session, "Praktisch", "Breng je laptop mee.", false))).isEqualTo(2);
            assertThat(fixture.mails).extracting(mail -> mail.to().get(0)).containsExactlyInAnyOrder("ann@example.org", "zoe@example.org");
            assertThat(fixture.mails).allSatisfy(mail -> assertThat(mail.text()).contains("Breng je laptop mee.").contains("/inschrijving/"));

            SessionView copy = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).duplicate(session));
            assertThat(copy.status()).isEqualTo(SessionStatus.DRAFT);
            assertThat(copy.id()).isNotEqualTo(session);
            assertThat(copy.confirmed()).isZero();
            assertThat(copy.title()).isEqualTo("Vorming lijsten");
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .countParticipants(copy.id(), null))).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void sixtyPeopleAtOnceForTenSeatsGetTenSeatsAndAWaitingListInQueueOrder(TestDatabase kind) throws Exception {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID session = fixture.published(emf, TrainingFixture.draft("Vorming stormloop", 10, 10));
            int people = 60;
            List<RegistrationResult> results = concurrently(people, i -> register(emf, session, "P" + i));

            assertThat(results).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).hasSize(10);
            assertThat(results).filteredOn(r -> r.status() == RegistrationStatus.WAITLISTED)
                    .extracting(RegistrationResult::position).containsExactlyInAnyOrderElementsOf(range(1, 50));
            var waiting = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .participants(session, RegistrationStatus.WAITLISTED, 0, 100));
            assertThat(waiting).extracting(ParticipantRow::position).containsExactlyElementsOf(range(1, 50));
            assertThat(waiting).extracting(ParticipantRow::registeredAt).isSorted();
            SessionView view = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).find(session));
            assertThat(view.confirmed()).isEqualTo(10);
            assertThat(view.waiting()).isEqualTo(50);
            assertThat(fixture.mails).hasSize(people);

            // five cancellations at once: the first five waiting get the seats, in queue order
            List<RegistrationResult> confirmed = results.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).toList();
            fixture.mails.clear();
            concurrently(5, i -> fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em)
                    .cancel(confirmed.get(i).cancelToken())));
            var nowConfirmed = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .participants(session, RegistrationStatus.CONFIRMED, 0, 100));
            assertThat(nowConfirmed).hasSize(10);
            List<String> firstFive = waiting.subList(0, 5).stream().map(ParticipantRow::email).toList();
            assertThat(nowConfirmed).extracting(ParticipantRow::email).containsAll(firstFive);
            assertThat(fixture.mails).extracting(mail -> mail.to().get(0)).containsExactlyInAnyOrderElementsOf(firstFive);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSameAddressTwentyTimesAtOnceGivesOneRegistration(TestDatabase kind) throws Exception {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID session = fixture.published(emf, TrainingFixture.draft("Vorming dubbel", 10, 10));
            List<Object> outcomes = concurrently(20, i -> {
                try {
                    return register(emf, session, "Same");
                } catch (NotAllowedNow e) {
                    return e;
                }
            });
            assertThat(outcomes).filteredOn(RegistrationResult.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(NotAllowedNow.class::isInstance).hasSize(19);
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .countParticipants(session, null))).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachReminderGoesOutOnceEvenWhenTwoServersRunTheTimerAtTheSameTime(TestDatabase kind) throws Exception {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID soon = fixture.published(emf, TrainingFixture.draft("Vorming overmorgen", 10, 3));
            UUID later = fixture.published(emf, TrainingFixture.draft("Vorming later", 10, 20));
            for (String name : List.of("Ann", "Bob", "Cas")) {
                register(emf, soon, name);
                register(emf, later, name);
            }
            fixture.mails.clear();
            // the reminder run a few days from now: Ann, Bob and Cas registered before the reminder period of "soon"
            fixture.clock = Clock.offset(Clock.systemUTC(), Duration.ofDays(2));

            List<Integer> sent = concurrently(2, i -> fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).sendReminders()));

            assertThat(sent.stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
            assertThat(fixture.mails).extracting(mail -> mail.to().get(0))
                    .containsExactlyInAnyOrder("ann@example.org", "bob@example.org", "cas@example.org");
            assertThat(fixture.mails).allSatisfy(mail -> {
                assertThat(mail.subject()).isEqualTo("Herinnering: Vorming overmorgen / Reminder");
                assertThat(mail.text()).contains("/inschrijving/");
            });
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).sendReminders()))
                    .as("the next hour").isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void cancellingASessionMailsEveryoneConfirmedAndWaitingButNotWhoCancelledBefore(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID session = fixture.published(emf, TrainingFixture.draft("Vorming die niet doorgaat", 2, 10));
            register(emf, session, "Ann");
            register(emf, session, "Bob");
            register(emf, session, "Cas");
            RegistrationResult dee = register(emf, session, "Dee");
            fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).cancel(dee.cancelToken()));
            SessionView before = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).find(session));
            fixture.mails.clear();

            fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).cancel(session, before.version(), null));

            assertThat(fixture.mails).extracting(mail -> mail.to().get(0))
                    .containsExactlyInAnyOrder("ann@example.org", "bob@example.org", "cas@example.org");
            assertThat(fixture.mails).allSatisfy(mail -> assertThat(mail.subject()).startsWith("Geannuleerd: Vorming die niet doorgaat"));
            assertThat(view(emf, dee).cancellable()).isFalse();
            assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em)
                    .cancel(fixture.mails.get(0).text().replaceAll("(?s).*/inschrijving/([A-Za-z0-9_-]+).*", "$1"))))
                    .isInstanceOfSatisfying(NotAllowedNow.class, e -> assertThat(e.key()).isEqualTo("training.cancel.session-cancelled"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void afterTheStartNobodyCanCancelAnyMoreSoTheCheckInAndTheNoShowsStay(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID session = fixture.published(emf, TrainingFixture.draft("Vorming begonnen", 5, 1));
            RegistrationResult ann = register(emf, session, "Ann");
            assertThat(view(emf, ann).cancellable()).isTrue();
            fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .recordAttendance(ann.id(), Attendance.ABSENT));

            fixture.clock = Clock.offset(Clock.systemUTC(), Duration.ofDays(2));

            assertThat(view(emf, ann).cancellable()).isFalse();
            assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).cancel(ann.cancelToken())))
                    .isInstanceOfSatisfying(NotAllowedNow.class, e -> assertThat(e.key()).isEqualTo("training.cancel.too-late"));
            assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .cancelRegistration(ann.id()))).isInstanceOf(NotAllowedNow.class);
            var export = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em).exportRows(session));
            assertThat(export).singleElement().satisfies(row -> {
                assertThat(row.status()).isEqualTo(RegistrationStatus.CONFIRMED);
                assertThat(row.noShow()).isTrue();
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void whenTheOrganiserCancelsSomeoneTheyAreToldAndTheFirstWaitingGetsTheSeat(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID session = fixture.published(emf, TrainingFixture.draft("Vorming organisator annuleert", 1, 10));
            RegistrationResult ann = register(emf, session, "Ann");
            register(emf, session, "Bob");
            fixture.mails.clear();

            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .cancelRegistration(ann.id()))).isEqualTo(CancelOutcome.CANCELLED);

            assertThat(mailTo("ann@example.org").subject()).startsWith("Inschrijving geannuleerd: Vorming organisator annuleert");
            assertThat(mailTo("ann@example.org").text()).contains("De organisator annuleerde je inschrijving");
            assertThat(mailTo("bob@example.org").subject()).startsWith("Er is een plaats vrij");
            assertThat(fixture.mails).hasSize(2);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRegistrationThatCannotGetTheSessionInTimeIsRefusedAsBusyAndSavesNothing(TestDatabase kind) throws Exception {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID session = fixture.published(emf, TrainingFixture.draft("Vorming druk", 5, 10));
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                // another transaction holds the session (a long rush ahead of this one)
                Future<?> holder = other.submit(() -> TestDatabase.inTransaction(emf, (EntityManager em) -> {
                    new TrainingRecords(em, Caller.of(null), TrainingFixture.BASE_URL).locked(session);
                    locked.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                }));
                locked.await();
                long started = System.nanoTime();
                assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> {
                    SessionRegistrationsBean registrations = fixture.registrations(em);
                    registrations.lockTimeout = Duration.ofMillis(500);
                    return registrations.register(session, TrainingFixture.form("Ann"));
                })).isInstanceOfSatisfying(Busy.class, e -> assertThat(e.key()).isEqualTo("training.session.busy"));
                assertThat(Duration.ofNanos(System.nanoTime() - started)).as("it gave up, not waited forever")
                        .isLessThan(Duration.ofSeconds(10));
                release.countDown();
                holder.get();
            } finally {
                release.countDown();
                other.shutdownNow();
            }
            assertThat(fixture.mails).isEmpty();
            assertThat(register(emf, session, "Ann").status()).as("a moment later it works").isEqualTo(RegistrationStatus.CONFIRMED);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theCheckInFindsPeopleByNameAndCountsPresentAndAbsentAndDeepPagesKnowTheirPlaces(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID session = fixture.published(emf, TrainingFixture.draft("Vorming inchecken", 4, 10));
            for (String name : List.of("Ann", "Jan", "Bob", "Cas", "Dee", "Eva", "Fay", "Gus")) {
                register(emf, session, name);
            }
            var an = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .participants(session, RegistrationStatus.CONFIRMED, "AN", 0, 10));
            assertThat(an).extracting(ParticipantRow::firstName).containsExactly("Ann", "Jan");
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .countParticipants(session, RegistrationStatus.CONFIRMED, "jan tes"))).isEqualTo(1);
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .countParticipants(session, RegistrationStatus.CONFIRMED, "%"))).as("% is a character").isZero();

            fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em).recordAttendance(an.get(0).id(), Attendance.PRESENT));
            fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em).recordAttendance(an.get(1).id(), Attendance.PRESENT));
            var bob = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .participants(session, RegistrationStatus.CONFIRMED, "bob", 0, 10)).get(0);
            fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em).recordAttendance(bob.id(), Attendance.ABSENT));
            AttendanceCount count = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em).attendance(session));
            assertThat(count).isEqualTo(new AttendanceCount(4, 2, 1));
            assertThat(count.unknown()).isEqualTo(1);

            // Dee, Eva, Fay, Gus wait; a page from the third on knows their places without reading the whole list
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .participants(session, RegistrationStatus.WAITLISTED, 2, 2)))
                    .extracting(ParticipantRow::firstName, ParticipantRow::position)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Fay", 3), org.assertj.core.groups.Tuple.tuple("Gus", 4));
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .participants(session, null, 3, 3)))
                    .extracting(ParticipantRow::firstName, ParticipantRow::position)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Jan", null), org.assertj.core.groups.Tuple.tuple("Dee", 1),
                            org.assertj.core.groups.Tuple.tuple("Eva", 2));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSectorThatIsNotOnTheListOrDeactivatedIsRefusedNextToTheField(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID session = fixture.published(emf, TrainingFixture.draft("Vorming sector", 5, 10));
            for (String sector : List.of("FOO", "SAFETY")) {
                var form = new be.draaischijf.training.api.RegistrationForm("Ann", "Tester", "ann@example.org", null, sector, null, null, true);
                assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).register(session, form)))
                        .as(sector).isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                                .containsExactly(FieldError.of("sector", "draaischijf.sector.unknown")));
            }
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .countParticipants(session, null))).isZero();
            var welfare = new be.draaischijf.training.api.RegistrationForm("Ann", "Tester", "ann@example.org", null, "WELFARE", null, null, true);
            fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).register(session, welfare));
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .countParticipants(session, null))).isOne();
        }
    }

    private static SessionDraft withCapacity(SessionDraft d, int capacity) {
        return new SessionDraft(d.kind(), d.title(), d.description(), d.themes(), d.audience(), d.organiserId(), d.trainers(),
                d.venueName(), d.venueAddress(), d.onlineLink(), d.dates(), capacity, d.registrationOpens(), d.registrationCloses(),
                d.version());
    }

    private RegistrationResult register(EntityManagerFactory emf, UUID session, String name) {
        return fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).register(session, TrainingFixture.form(name)));
    }

    private be.draaischijf.training.api.RegistrationView view(EntityManagerFactory emf, RegistrationResult result) {
        return fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).findByToken(result.cancelToken()))
                .orElseThrow();
    }

    private Mailer.Mail mailTo(String address) {
        synchronized (fixture.mails) {
            return fixture.mails.stream().filter(mail -> mail.to().contains(address)).findFirst().orElseThrow();
        }
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    /** Runs the work in {@code threads} threads released at the same moment (test-support's {@code Concurrently}). */
    static <T> List<T> concurrently(int threads, java.util.function.IntFunction<T> work) throws Exception {
        return be.draaischijf.testing.Concurrently.run(threads, work);
    }
}
