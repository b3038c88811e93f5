package be.draaischijf.training.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.draaischijf.platform.OneTimeTokens;
import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.platform.privacy.RetentionKind;
import be.draaischijf.platform.privacy.RetentionPeriods;
import be.draaischijf.platform.privacy.RetentionResult;
import be.draaischijf.platform.privacy.SubjectField;
import be.draaischijf.platform.privacy.SubjectQuery;
import be.draaischijf.platform.privacy.SubjectRecord;
import be.draaischijf.testing.TestDatabase;
import be.draaischijf.training.api.Attendance;
import be.draaischijf.training.api.AttendanceCount;
import be.draaischijf.training.api.ParticipantRow;
import be.draaischijf.training.api.RegistrationForm;
import be.draaischijf.training.api.RegistrationResult;
import be.draaischijf.training.api.RegistrationStatus;
import be.draaischijf.training.api.SessionView;
import be.draaischijf.training.api.SubscriberRow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The training module's retention rules and its answer to a data subject's request, on PostgreSQL and H2: a
 * session's registrations are anonymised a period after it ended and its numbers stay the same; an address that
 * left the newsletter (or never confirmed) is removed a period later; each rule just before and just after its
 * period, a second run changes nothing, a period an administrator set counts, two servers at once change each
 * record once; a search by e-mail finds the registrations and the subscription of that address only.
 */
class TrainingPrivacyDatabaseTest {

    static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
    static final Duration SECOND = Duration.ofSeconds(1);

    final TrainingFixture fixture = new TrainingFixture();

    /** What a session's organiser and the reports count: the same before and after anonymisation. */
    record Numbers(int confirmed, int waiting, long confirmedRows, long waitingRows, long cancelledRows,
                   AttendanceCount attendance, Map<RegistrationStatus, Long> sectors) {
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void registrationsAreAnonymisedAPeriodAfterTheirSessionEndedAndTheSessionsNumbersStayTheSame(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            periodsAtTheirDefaults();
            UUID session = fixture.published(emf, TrainingFixture.draft("Infosessie bewaartermijn", 2, 10));
            UUID later = fixture.published(emf, TrainingFixture.draft("Infosessie een maand later", 5, 40));
            RegistrationResult ann = register(emf, session, "Ann");
            RegistrationResult bob = register(emf, session, "Bob");
            register(emf, session, "Cas");
            register(emf, session, "Dee");
            register(emf, later, "Eva");
            fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).cancel(bob.cancelToken()));
            fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em)
                    .recordAttendance(ann.id(), Attendance.PRESENT));
            Numbers before = numbers(emf, session);
            assertThat(before.confirmed()).as("Ann and Cas (promoted)").isEqualTo(2);
            assertThat(before.waiting()).as("Dee").isEqualTo(1);
            assertThat(before.cancelledRows()).as("Bob").isEqualTo(1);
            Instant ended = endsAt(emf, session);
            Period year = RetentionKind.TRAINING_REGISTRATIONS.defaultPeriod();
            assertThat(anonymised(emf, after(ended, year).plus(SECOND))).as("not while the session is still published").isZero();
            done(emf, session);

            assertThat(anonymised(emf, after(ended, year).minus(SECOND))).isZero();
            assertThat(rows(emf, session)).extracting(ParticipantRow::firstName).containsExactlyInAnyOrder("Ann", "Bob", "Cas", "Dee");
            assertThat(anonymised(emf, after(ended, year).plus(SECOND))).as("Ann, Bob, Cas and Dee").isEqualTo(4);
            assertThat(anonymised(emf, after(ended, year).plus(SECOND))).as("a second run").isZero();

            assertThat(numbers(emf, session)).as("the session's numbers").isEqualTo(before);
            assertThat(rows(emf, session)).hasSize(4).allSatisfy(row -> {
                assertThat(row.firstName()).isNull();
                assertThat(row.lastName()).isNull();
                assertThat(row.email()).isNull();
                assertThat(row.organisation()).isNull();
                assertThat(row.function()).isNull();
                assertThat(row.remarks()).isNull();
                assertThat(row.sector()).as("kept for the statistics").isEqualTo("EDUCATION");
            });
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).findByToken(ann.cancelToken())))
                    .as("the self-service link leads nowhere").isEmpty();
            assertThat(rows(emf, later)).extracting(ParticipantRow::firstName, ParticipantRow::email)
                    .as("a session that ended later keeps its registrations").containsExactly(tuple("Eva", "eva@example.org"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAddressThatLeftTheNewsletterOrNeverConfirmedGoesAPeriodLaterAndAPeriodAnAdministratorSetCounts(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            periodsAtTheirDefaults();
            fixture.clock = Clock.fixed(T0, ZoneOffset.UTC);
            Mailer.Mail gone = subscribe(emf, "weg@example.org");
            confirm(emf, token(gone, "bevestigen"));
            subscribe(emf, "nooit@example.org");
            Mailer.Mail stays = subscribe(emf, "blijft@example.org");
            confirm(emf, token(stays, "bevestigen"));
            Instant unsubscribed = T0.plus(Duration.ofDays(1));
            fixture.clock = Clock.fixed(unsubscribed, ZoneOffset.UTC);
            unsubscribe(emf, token(gone, "uitschrijven"));
            Period month = RetentionKind.NEWSLETTER_UNSUBSCRIBED.defaultPeriod();
            Instant linkExpired = T0.plus(NewsletterBean.CONFIRM_VALID);

            List<RetentionResult> justBefore = retain(emf, after(unsubscribed, month).minus(SECOND));
            assertThat(justBefore).as("one result per kind of the module, zero included")
                    .extracting(RetentionResult::kind, RetentionResult::count)
                    .containsExactly(tuple(RetentionKind.TRAINING_REGISTRATIONS, 0), tuple(RetentionKind.NEWSLETTER_UNSUBSCRIBED, 0));
            assertThat(removed(emf, after(unsubscribed, month).plus(SECOND))).as("the address that left").isEqualTo(1);
            assertThat(removed(emf, after(unsubscribed, month).plus(SECOND))).as("a second run").isZero();
            assertThat(addresses(emf)).containsExactlyInAnyOrder("nooit@example.org", "blijft@example.org");
            assertThat(removed(emf, after(linkExpired, month).minus(SECOND))).isZero();
            assertThat(removed(emf, after(linkExpired, month).plus(SECOND))).as("the address that never confirmed").isEqualTo(1);
            assertThat(addresses(emf)).containsExactly("blijft@example.org");
            assertThat(subscribers(emf)).extracting(SubscriberRow::email).containsExactly("blijft@example.org");
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> em.createQuery(
                    "select count(t) from NewsletterToken t", Long.class).getSingleResult()))
                    .as("only the links of the address that stays").isEqualTo(2);

            new RetentionPeriods(fixture.dataSource).change(RetentionKind.NEWSLETTER_UNSUBSCRIBED, Period.ofDays(1), "admin", T0);
            Instant leaves = T0.plus(Duration.ofDays(60));
            fixture.clock = Clock.fixed(leaves, ZoneOffset.UTC);
            unsubscribe(emf, token(stays, "uitschrijven"));
            assertThat(removed(emf, after(leaves, Period.ofDays(1)).minus(SECOND))).isZero();
            assertThat(removed(emf, after(leaves, Period.ofDays(1)).plus(SECOND))).as("the administrator's one day").isEqualTo(1);
            assertThat(addresses(emf)).isEmpty();

            subscribe(emf, "weg@example.org");
            assertThat(addresses(emf)).as("a removed address may sign up again").containsExactly("weg@example.org");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSearchByEmailFindsTheRegistrationsAndTheSubscriptionOfThatAddressOnlyAndNoLink(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            periodsAtTheirDefaults();
            UUID session = fixture.published(emf, TrainingFixture.draft("Vorming gedeeld beroepsgeheim", 5, 10));
            RegistrationResult ann = fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).register(session,
                    new RegistrationForm("Ann", "Peeters", "Ann.Peeters@School.example.org", "Basisschool De Linde", "EDUCATION",
                            "zorgcoördinator", "Graag een plaats vooraan.", true)));
            RegistrationResult bob = register(emf, session, "Bob");
            fixture.clock = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
            subscribe(emf, "ann.peeters@school.example.org");
            LocalDate day = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).find(session))
                    .dates().get(0).day();

            List<SubjectRecord> found = find(emf, SubjectQuery.byEmail(" ANN.Peeters@school.EXAMPLE.org "));

            assertThat(found).as("oldest first").extracting(SubjectRecord::module, SubjectRecord::kind, SubjectRecord::id)
                    .containsExactly(tuple("training", "registration", ann.id()), tuple("training", "newsletter", found.get(1).id()));
            assertThat(values(found.get(0))).containsEntry("session", "Vorming gedeeld beroepsgeheim")
                    .containsEntry("sessionDate", day.toString()).containsEntry("status", "RegistrationStatus.CONFIRMED")
                    .containsEntry("firstName", "Ann").containsEntry("lastName", "Peeters")
                    .containsEntry("email", "Ann.Peeters@School.example.org").containsEntry("organisation", "Basisschool De Linde")
                    .containsEntry("function", "zorgcoördinator").containsEntry("remarks", "Graag een plaats vooraan.");
            assertThat(values(found.get(1))).containsEntry("email", "ann.peeters@school.example.org")
                    .containsEntry("subscribed", "false");
            String everything = found.stream().flatMap(record -> record.fields().stream()).map(SubjectField::value)
                    .filter(Objects::nonNull).collect(Collectors.joining("|"));
            assertThat(everything).as("no self-service link, nor its hash").doesNotContain(ann.cancelToken())
                    .doesNotContain(OneTimeTokens.hash(ann.cancelToken())).doesNotContain(token(fixture.mails.get(fixture.mails.size() - 1), "bevestigen"));

            assertThat(find(emf, SubjectQuery.byEmail("bob@example.org"))).extracting(SubjectRecord::kind, SubjectRecord::id)
                    .containsExactly(tuple("registration", bob.id()));
            assertThat(find(emf, SubjectQuery.byEmail("niemand@example.org"))).isEmpty();
            assertThat(find(emf, SubjectQuery.youngPerson("Ann", "Peeters", LocalDate.of(2010, 5, 1))))
                    .as("a young person never registers").isEmpty();

            done(emf, session);
            anonymised(emf, after(endsAt(emf, session), RetentionKind.TRAINING_REGISTRATIONS.defaultPeriod()).plus(SECOND));
            assertThat(find(emf, SubjectQuery.byEmail("ann.peeters@school.example.org"))).extracting(SubjectRecord::kind)
                    .as("an anonymised registration is nobody's any more; the newsletter sign-up, never confirmed, is gone too")
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "POSTGRESQL")
    void twoServersAnonymisingAtTheSameMomentChangeEachRegistrationOnce(TestDatabase kind) throws Exception {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            periodsAtTheirDefaults();
            UUID session = fixture.published(emf, TrainingFixture.draft("Infosessie twee servers", 5, 10));
            register(emf, session, "Ann");
            register(emf, session, "Bob");
            register(emf, session, "Cas");
            done(emf, session);
            Instant now = after(endsAt(emf, session), RetentionKind.TRAINING_REGISTRATIONS.defaultPeriod()).plus(SECOND);

            EntityManager first = emf.createEntityManager();
            ExecutorService secondServer = Executors.newSingleThreadExecutor();
            try {
                first.getTransaction().begin();
                int byFirst = count(fixture.as("admin").privacy(first).applyRetention(now), RetentionKind.TRAINING_REGISTRATIONS);
                Future<Integer> bySecond = secondServer.submit(() -> anonymised(emf, now));
                TestDatabase.awaitALockWaiter(fixture.dataSource);
                assertThat(bySecond.isDone()).as("the second server waits for the first one's row locks").isFalse();
                first.getTransaction().commit();

                assertThat(byFirst).isEqualTo(3);
                assertThat(bySecond.get(30, TimeUnit.SECONDS)).as("and then finds nothing left to do").isZero();
            } finally {
                if (first.getTransaction().isActive()) {
                    first.getTransaction().rollback();
                }
                first.close();
                secondServer.shutdownNow();
            }
            assertThat(rows(emf, session)).hasSize(3).allSatisfy(row -> assertThat(row.email()).isNull());
        }
    }

    /** Outside the server there is no MicroProfile Config to fall back on: every period is stored, at its default. */
    private void periodsAtTheirDefaults() {
        RetentionPeriods periods = new RetentionPeriods(fixture.dataSource);
        for (RetentionKind kind : RetentionKind.values()) {
            if (kind.configurable()) {
                periods.change(kind, kind.defaultPeriod(), "admin", T0);
            }
        }
    }

    private static Instant after(Instant moment, Period period) {
        return moment.atZone(ZoneOffset.UTC).plus(period).toInstant();
    }

    private List<RetentionResult> retain(EntityManagerFactory emf, Instant now) {
        return fixture.inTransaction(emf, (EntityManager em) -> fixture.as("admin").privacy(em).applyRetention(now));
    }

    private int anonymised(EntityManagerFactory emf, Instant now) {
        return count(retain(emf, now), RetentionKind.TRAINING_REGISTRATIONS);
    }

    private int removed(EntityManagerFactory emf, Instant now) {
        return count(retain(emf, now), RetentionKind.NEWSLETTER_UNSUBSCRIBED);
    }

    private static int count(List<RetentionResult> results, RetentionKind kind) {
        return results.stream().filter(result -> result.kind() == kind).mapToInt(RetentionResult::count).sum();
    }

    private List<SubjectRecord> find(EntityManagerFactory emf, SubjectQuery query) {
        return fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").privacy(em).find(query));
    }

    private RegistrationResult register(EntityManagerFactory emf, UUID session, String name) {
        return fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).register(session, TrainingFixture.form(name)));
    }

    private Instant endsAt(EntityManagerFactory emf, UUID session) {
        return fixture.inTransaction(emf, (EntityManager em) -> em.createQuery(
                "select s.endsAt from TrainingSession s where s.id = :id", Instant.class).setParameter("id", session).getSingleResult());
    }

    /** The session ended, and the hourly timer made it (and any other published session that ended) done. */
    private void done(EntityManagerFactory emf, UUID session) {
        Clock before = fixture.clock;
        fixture.clock = Clock.fixed(endsAt(emf, session).plus(Duration.ofMinutes(1)), ZoneOffset.UTC);
        assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.sessions(em).closePastSessions())).isPositive();
        fixture.clock = before;
    }

    /** Every registration of the session as the organiser's export lists it. */
    private List<ParticipantRow> rows(EntityManagerFactory emf, UUID session) {
        return fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").registrations(em).exportRows(session));
    }

    private Numbers numbers(EntityManagerFactory emf, UUID session) {
        return fixture.inTransaction(emf, (EntityManager em) -> {
            SessionRegistrationsBean registrations = fixture.as("coordinator").registrations(em);
            SessionView view = fixture.as("coordinator").sessions(em).find(session);
            Map<RegistrationStatus, Long> sectors = registrations.exportRows(session).stream()
                    .filter(row -> "EDUCATION".equals(row.sector()))
                    .collect(Collectors.groupingBy(ParticipantRow::status, Collectors.counting()));
            return new Numbers(view.confirmed(), view.waiting(),
                    registrations.countParticipants(session, RegistrationStatus.CONFIRMED),
                    registrations.countParticipants(session, RegistrationStatus.WAITLISTED),
                    registrations.countParticipants(session, RegistrationStatus.CANCELLED),
                    registrations.attendance(session), sectors);
        });
    }

    private Mailer.Mail subscribe(EntityManagerFactory emf, String address) {
        fixture.mails.clear();
        fixture.inTransaction(emf, (EntityManager em) -> {
            fixture.newsletter(em).subscribe(address, true);
            return null;
        });
        assertThat(fixture.mails).hasSize(1);
        return fixture.mails.get(0);
    }

    private void confirm(EntityManagerFactory emf, String token) {
        fixture.inTransaction(emf, (EntityManager em) -> {
            fixture.newsletter(em).confirm(token);
            return null;
        });
    }

    private void unsubscribe(EntityManagerFactory emf, String token) {
        fixture.inTransaction(emf, (EntityManager em) -> {
            fixture.newsletter(em).unsubscribe(token);
            return null;
        });
    }

    private List<String> addresses(EntityManagerFactory emf) {
        return fixture.inTransaction(emf, (EntityManager em) -> em.createQuery(
                "select s.email from NewsletterSubscriber s order by s.email", String.class).getResultList());
    }

    private List<SubscriberRow> subscribers(EntityManagerFactory emf) {
        return fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").newsletter(em).confirmedSubscribers());
    }

    private static String token(Mailer.Mail mail, String page) {
        Matcher matcher = Pattern.compile("/nieuwsbrief/" + page + "\\?token=([A-Za-z0-9_-]+)").matcher(mail.text());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /** A record's values by label (a label that occurs more than once keeps its first value). */
    private static Map<String, String> values(SubjectRecord record) {
        return record.fields().stream().filter(field -> field.value() != null)
                .collect(Collectors.toMap(SubjectField::label, SubjectField::value, (first, second) -> first));
    }
}
