package be.draaischijf.partner.boundary;

import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.platform.Mailer;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Partner staff are mailed about offers nobody confirmed for six months: once per interval, over real SMTP. */
class OfferRemindersDatabaseTest {

    GreenMail smtp;

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
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", true))) {
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
            inTransaction(emf, (EntityManager em) -> OfferSearchDatabaseTest.offers(em).confirmCurrent(UUID.fromString(dbcOffer), "partner.dbc"));

            inTransaction(emf, (EntityManager em) -> reminders(em, monthLater).sendDue());
            MimeMessage[] later = Arrays.copyOfRange(smtp.getReceivedMessages(), 2, smtp.getReceivedMessages().length);
            assertThat(later).extracting(OfferRemindersDatabaseTest::to)
                    .as("a month later: Ter Elst again, and offers that became stale since; not the confirmed one")
                    .contains("partner.terelst@example.org").doesNotContain("partner.dbc@example.org");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aMailThatCannotBeSentIsTriedAgainNextTimeWithoutHoldingUpTheOthers(TestDatabase kind) {
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("partner", kind.migrated("partner", true))) {
            Clock today = Clock.systemDefaultZone();
            OfferRemindersBean dbcUnreachable = reminders(null, today);
            Mailer smtpMailer = dbcUnreachable.mailer;
            dbcUnreachable.mailer = new Mailer(null) {
                @Override
                public void send(Mail mail) {
                    if (mail.to().contains("partner.dbc@example.org")) {
                        throw new NotSent("mailbox of DBC unreachable", null);
                    }
                    smtpMailer.send(mail);
                }
            };

            assertThat(inTransaction(emf, (EntityManager em) -> {
                dbcUnreachable.em = em;
                return dbcUnreachable.sendDue();
            })).as("Ter Elst's mail went out").isEqualTo(1);
            assertThat(smtp.getReceivedMessages()).extracting(OfferRemindersDatabaseTest::to)
                    .containsExactly("partner.terelst@example.org");

            assertThat(inTransaction(emf, (EntityManager em) -> reminders(em, today).sendDue()))
                    .as("the next run sends DBC's, and not Ter Elst's again").isEqualTo(1);
            assertThat(smtp.getReceivedMessages()).extracting(OfferRemindersDatabaseTest::to)
                    .containsExactly("partner.terelst@example.org", "partner.dbc@example.org");
        }
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
        OfferRemindersBean bean = new OfferRemindersBean();
        bean.em = em;
        bean.staleAfterMonths = 6;
        bean.remindEveryDays = 30;
        bean.baseUrl = "http://localhost:8080/";
        bean.clock = Clock.fixed(clock.instant(), ZoneId.systemDefault());
        bean.mailer = new Mailer(new Mailer.Settings("127.0.0.1", smtp.getSmtp().getPort(), "Draaischijf <noreply@example.org>",
                "", "", false));
        return bean;
    }
}
