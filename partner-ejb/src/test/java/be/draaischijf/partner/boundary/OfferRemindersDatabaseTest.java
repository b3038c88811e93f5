package be.draaischijf.partner.boundary;

import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.platform.ModuleSchema;
import be.draaischijf.platform.mail.MailOutbox;
import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.testing.TestDatabase;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Partner staff are mailed about offers nobody confirmed for six months: once per interval, through the platform's
 * outbox, over real SMTP.
 */
class OfferRemindersDatabaseTest {

    GreenMail smtp;
    DataSource database;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void staleOffersAreRemindedOncePerIntervalUntilConfirmed(TestDatabase kind) throws Exception {
        try (EntityManagerFactory emf = demo(kind)) {
            Clock today = Clock.systemDefaultZone();

            assertThat(inTransaction(emf, (EntityManager em) -> reminders(em, today).sendDue())).isEqualTo(2);

            MimeMessage[] mails = smtp.getReceivedMessages();
            assertThat(mails).extracting(OfferRemindersDatabaseTest::to)
                    .containsExactlyInAnyOrder("partner.dbc@example.org", "partner.terelst@example.org");
            MimeMessage dbc = Arrays.stream(mails)
                    .filter(mail -> to(mail).contains("dbc")).findFirst().orElseThrow();
            assertThat(dbc.getSubject()).isEqualTo("Draaischijf: is jullie aanbod nog actueel? / Is your offer still current?");
            assertThat(GreenMailUtil.getBody(dbc)).contains("DBC Openluchtopvoeding").contains("meer dan 6 maanden")
                    .contains("http://localhost:8080/partner").doesNotContain("Ter Elst");

            assertThat(inTransaction(emf, (EntityManager em) -> reminders(em, today).sendDue()))
                    .as("the same day again: nothing").isZero();
            Clock monthLater = Clock.offset(today, Duration.ofDays(30));
            String dbcOffer = staleOfferOf(emf, "f94fcbc2-3e26-58f0-8a22-5debfaf0fd14");
            inTransaction(emf, (EntityManager em) -> OfferSearchDatabaseTest.offers(em, "partner.dbc").confirmCurrent(UUID.fromString(dbcOffer)));

            inTransaction(emf, (EntityManager em) -> reminders(em, monthLater).sendDue());
            MimeMessage[] later = Arrays.copyOfRange(smtp.getReceivedMessages(), 2, smtp.getReceivedMessages().length);
            assertThat(later).extracting(OfferRemindersDatabaseTest::to)
                    .as("a month later: Ter Elst again, and offers that became stale since; not the confirmed one")
                    .contains("partner.terelst@example.org").doesNotContain("partner.dbc@example.org");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aMailThatCannotBeSentIsTriedAgainByTheOutboxWithoutHoldingUpTheOthersOrSendingThemTwice(TestDatabase kind) {
        try (EntityManagerFactory emf = demo(kind)) {
            Clock today = Clock.systemDefaultZone();
            Mailer smtpMailer = smtp();
            Mailer dbcUnreachable = new Mailer(null) {
                @Override
                public void send(Mail mail) {
                    if (mail.to().contains("partner.dbc@example.org")) {
                        throw new NotSent("mailbox of DBC unreachable", null);
                    }
                    smtpMailer.send(mail);
                }
            };

            assertThat(inTransaction(emf, (EntityManager em) -> reminders(em, today, dbcUnreachable).sendDue()))
                    .as("both reminders in the outbox").isEqualTo(2);
            assertThat(smtp.getReceivedMessages()).as("Ter Elst's mail went out").extracting(OfferRemindersDatabaseTest::to)
                    .containsExactly("partner.terelst@example.org");

            assertThat(new MailOutbox(database, smtpMailer, Clock.offset(today, Duration.ofSeconds(61)), Runnable::run).deliverDue())
                    .as("the outbox's next try sends DBC's").isEqualTo(1);
            assertThat(inTransaction(emf, (EntityManager em) -> reminders(em, today).sendDue()))
                    .as("the next run of the reminders sends nothing again").isZero();
            assertThat(smtp.getReceivedMessages()).extracting(OfferRemindersDatabaseTest::to)
                    .containsExactly("partner.terelst@example.org", "partner.dbc@example.org");
        }
    }

    /** The demo directory with the platform's outbox beside it. */
    private EntityManagerFactory demo(TestDatabase kind) {
        database = kind.migrated("partner", true);
        new ModuleSchema("platform", getClass().getClassLoader()).migrate(database, false);
        return TestDatabase.persistenceUnit("partner", database);
    }

    private Mailer smtp() {
        return new Mailer(new Mailer.Settings("127.0.0.1", smtp.getSmtp().getPort(), "Draaischijf <noreply@example.org>",
                "", "", false));
    }

    private static String to(MimeMessage mail) {
        try {
            return GreenMailUtil.getAddressList(mail.getRecipients(Message.RecipientType.TO));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String staleOfferOf(EntityManagerFactory emf, String organisation) {
        return inTransaction(emf, (EntityManager em) -> em.createQuery(
                        "select o.id from Offer o where o.organisation.id = :org and o.assuredOn < :before", UUID.class)
                .setParameter("org", UUID.fromString(organisation))
                .setParameter("before", LocalDate.now().minusMonths(6)).getSingleResult()).toString();
    }

    private OfferRemindersBean reminders(EntityManager em, Clock clock) {
        return reminders(em, clock, smtp());
    }

    /** The reminders with the platform's outbox on the test database, sending right away with this mailer. */
    private OfferRemindersBean reminders(EntityManager em, Clock clock, Mailer mailer) {
        OfferRemindersBean bean = new OfferRemindersBean();
        bean.em = em;
        bean.staleAfterMonths = 6;
        bean.remindEveryDays = 30;
        bean.baseUrl = "http://localhost:8080/";
        bean.clock = Clock.fixed(clock.instant(), ZoneId.systemDefault());
        bean.accounts = DemoAccounts.accounts();
        bean.outbox = new MailOutbox(database, mailer, clock, Runnable::run);
        return bean;
    }
}
