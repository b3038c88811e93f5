package be.draaischijf.training.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.testing.TestDatabase;
import be.draaischijf.training.api.RegistrationResult;
import be.draaischijf.training.api.RegistrationStatus;
import be.draaischijf.training.api.SessionView;
import be.draaischijf.platform.mail.OutboxEntry;
import java.util.stream.Stream;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Training mails go through the platform's outbox, written in the registration's own transaction: a mail server that is
 * away loses no mail and sends none twice.
 */
class MailOutboxDatabaseTest {

    /** How long a fresh mail belongs to the server that wrote it (MailOutbox.LEASE). */
    static final Duration LEASE = Duration.ofMinutes(5);

    final TrainingFixture fixture = new TrainingFixture();

    /** How many of the next sends the mail server refuses. */
    final AtomicInteger refusals = new AtomicInteger();

    MailOutboxDatabaseTest() {
        fixture.mailer = new Mailer(new Mailer.Settings("", 25, "test@example.org", "", "", false)) {
            @Override
            public void send(Mail mail) {
                if (refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    throw new Mailer.NotSent("421 mail server away", null);
                }
                fixture.mails.add(mail);
            }
        };
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aConfirmationTheMailServerRefusedArrivesOnTheNextTryAndTheSeatIsKeptMeanwhile(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID session = fixture.published(emf, TrainingFixture.draft("Infosessie mailserver weg", 5, 10));
            refusals.set(1);

            RegistrationResult ann = register(emf, session, "Ann");

            assertThat(ann.status()).isEqualTo(RegistrationStatus.CONFIRMED);
            assertThat(fixture.mails).as("the server refused it").isEmpty();
            assertThat(queued(emf)).singleElement().satisfies(mail -> {
                assertThat(mail.attempts()).isEqualTo(1);
                assertThat(mail.lastError()).contains("421");
                assertThat(mail.failedAt()).isNull();
                assertThat(mail.module()).isEqualTo("training");
            });
            assertThat(deliverDue(emf)).as("not before the pause").isZero();

            fixture.clock = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(61));
            assertThat(deliverDue(emf)).isEqualTo(1);
            assertThat(fixture.mails).singleElement().satisfies(mail -> {
                assertThat(mail.to()).containsExactly("ann@example.org");
                assertThat(mail.subject()).startsWith("Inschrijving bevestigd");
                assertThat(mail.attachments()).singleElement().satisfies(ics -> assertThat(new String(ics.content(),
                        java.nio.charset.StandardCharsets.UTF_8)).contains("BEGIN:VCALENDAR").contains("TZID:Europe/Brussels"));
            });
            assertThat(queued(emf)).as("a sent mail leaves the outbox, link and all").isEmpty();
            assertThat(deliverDue(emf)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAdministratorSendsWhatWaitedAtOnceWhenTheMailServerIsBack(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID session = fixture.published(emf, TrainingFixture.draft("Infosessie mailserver terug", 5, 10));
            refusals.set(1);
            register(emf, session, "Bram");
            assertThat(fixture.mails).as("the server refused it").isEmpty();
            assertThat(deliverDue(emf)).as("the timer waits for the pause to end").isZero();

            assertThat(fixture.outbox().tryAgainNow()).as("sent now, not after the pause").isEqualTo(1);
            assertThat(fixture.mails).singleElement().satisfies(mail -> assertThat(mail.to()).containsExactly("bram@example.org"));
            assertThat(queued(emf)).isEmpty();
            assertThat(fixture.outbox().tryAgainNow()).as("nothing left to send").isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void whatAServerQueuedButDidNotSendBeforeItStoppedIsSentByTheTimerAfterTheLease(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID session = fixture.published(emf, TrainingFixture.draft("Infosessie server gestopt", 5, 10));
            fixture.serverStopsAfterCommit = true;

            register(emf, session, "Dee");

            assertThat(fixture.mails).isEmpty();
            assertThat(deliverDue(emf)).as("still the other server's for a while").isZero();
            fixture.clock = Clock.offset(Clock.systemUTC(), LEASE.plusSeconds(1));
            assertThat(deliverDue(emf)).isEqualTo(1);
            assertThat(fixture.mails).singleElement().satisfies(mail -> assertThat(mail.to()).containsExactly("dee@example.org"));
            assertThat(queued(emf)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSlowMailServerHandsTheRestToTheTimerBeforeTheLeaseEndsSoNobodyGetsAMailTwice(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID session = fixture.published(emf, TrainingFixture.draft("Infosessie trage mailserver", 5, 10));
            for (String name : List.of("Ann", "Bob", "Cas")) {
                register(emf, session, name);
            }
            SessionView before = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).find(session));
            fixture.mails.clear();
            // from now on every mail takes the mail server two minutes
            MovableClock clock = new MovableClock();
            fixture.clock = clock;
            Mailer fast = fixture.mailer;
            fixture.mailer = new Mailer(new Mailer.Settings("", 25, "test@example.org", "", "", false)) {
                @Override
                public void send(Mail mail) {
                    fast.send(mail);
                    clock.advance(Duration.ofMinutes(2));
                }
            };

            fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).cancel(session, before.version(), null));

            assertThat(fixture.mails).as("two sent from memory, then it was nearly the timer's turn").hasSize(2);
            assertThat(queued(emf)).hasSize(1);
            assertThat(deliverDue(emf)).isEqualTo(1);
            assertThat(fixture.mails).extracting(mail -> mail.to().get(0))
                    .containsExactlyInAnyOrder("ann@example.org", "bob@example.org", "cas@example.org");
            clock.advance(LEASE);
            assertThat(deliverDue(emf)).isZero();
            assertThat(queued(emf)).isEmpty();
        }
    }

    /** A clock that tests move forward. */
    static final class MovableClock extends Clock {

        // whole microseconds, as the databases keep them (a rounded-up value would be "later" than this clock)
        private volatile Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aMailThatKeepsFailingIsGivenUpAfterTenTriesWithoutItsText(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID session = fixture.published(emf, TrainingFixture.draft("Infosessie mailserver stuk", 5, 10));
            refusals.set(1000);
            register(emf, session, "Bob");
            for (int hour = 1; hour <= 12; hour++) {
                fixture.clock = Clock.offset(Clock.systemUTC(), Duration.ofHours(hour));
                deliverDue(emf);
            }
            assertThat(queued(emf)).singleElement().satisfies(mail -> {
                assertThat(mail.attempts()).isEqualTo(10);
                assertThat(mail.failedAt()).isNotNull();
                assertThat(mail.lastError()).contains("421");
            });
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> em.createNativeQuery(
                    "select body from platform_mail", String.class).getSingleResult())).as("no link kept").isEqualTo("");
            refusals.set(0);
            assertThat(deliverDue(emf)).as("given up is given up").isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoServersWorkingThroughTheSameOutboxSendEachMailOnce(TestDatabase kind) throws Exception {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID session = fixture.published(emf, TrainingFixture.draft("Infosessie twee servers", 30, 10));
            refusals.set(1000);
            for (int i = 0; i < 20; i++) {
                register(emf, session, "P" + i);
            }
            assertThat(queued(emf)).hasSize(20);
            refusals.set(0);
            fixture.clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2));

            List<Integer> sent = RegistrationDatabaseTest.concurrently(2, i -> deliverDue(emf));

            assertThat(sent.stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);
            assertThat(fixture.mails).hasSize(20);
            assertThat(fixture.mails).extracting(mail -> mail.to().get(0)).doesNotHaveDuplicates();
            assertThat(queued(emf)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRegistrationThatIsRolledBackMailsNothing(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID session = fixture.published(emf, TrainingFixture.draft("Infosessie terugdraaien", 5, 10));
            try {
                fixture.inTransaction(emf, (EntityManager em) -> {
                    fixture.registrations(em).register(session, TrainingFixture.form("Cas"));
                    throw new IllegalStateException("something after the registration failed");
                });
            } catch (IllegalStateException expected) {
                // the transaction is rolled back
            }
            assertThat(fixture.mails).isEmpty();
            assertThat(queued(emf)).isEmpty();
            assertThat(deliverDue(emf)).isZero();
        }
    }

    private RegistrationResult register(EntityManagerFactory emf, UUID session, String name) {
        return fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).register(session, TrainingFixture.form(name)));
    }

    private int deliverDue(EntityManagerFactory emf) {
        return fixture.outbox().deliverDue();
    }

    /** Every mail in the outbox, waiting or given up. */
    private List<OutboxEntry> queued(EntityManagerFactory emf) {
        return Stream.concat(fixture.outbox().list(false, 0, 500).stream(), fixture.outbox().list(true, 0, 500).stream()).toList();
    }
}
