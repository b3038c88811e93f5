package be.draaischijf.training.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.testing.TestDatabase;
import be.draaischijf.training.api.RegistrationResult;
import be.draaischijf.training.api.SessionDate;
import be.draaischijf.training.api.SessionDraft;
import be.draaischijf.training.api.SessionView;
import be.draaischijf.training.api.SubscriberRow;
import be.draaischijf.platform.refusal.NotFound;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** iCalendar files parsed back with iCal4j, the .ics attachment over real SMTP, and the newsletter's double opt-in. */
class CalendarAndNewsletterDatabaseTest {

    final TrainingFixture fixture = new TrainingFixture();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theIcsHasBrusselsTimeAUidThatSurvivesAnEditAndARaisedSequence(TestDatabase kind) throws Exception {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            LocalDate first = LocalDate.now().plusDays(30);
            SessionDraft twoDays = new SessionDraft(be.draaischijf.training.api.SessionKind.TRAINING, "Tweedaagse, met; tekens",
                    "Dag één en dag twee.", null, null, null, "Test Trainer", "Zaal Test", "Teststraat 1, 2000 Antwerpen", null,
                    List.of(new SessionDate(first, LocalTime.of(9, 0), LocalTime.of(16, 30)),
                            new SessionDate(first.plusDays(7), LocalTime.of(9, 0), LocalTime.of(16, 30))),
                    12, null, null, 0);
            UUID id = fixture.published(emf, twoDays);
            String day1Uid = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).find(id)).dates().get(0).uid();
            assertThat(day1Uid).endsWith("@draaischijf");
            Calendar before = parse(fixture.inTransaction(emf, (EntityManager em) -> fixture.sessions(em).sessionIcs(id)));

            VTimeZone zone = before.getComponent("VTIMEZONE").map(VTimeZone.class::cast).orElseThrow();
            assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Brussels");
            assertThat(zone.getObservances()).hasSize(2);
            List<VEvent> events = before.getComponents("VEVENT");
            assertThat(events).hasSize(2);
            VEvent day1 = events.get(0);
            assertThat(day1.getUid().orElseThrow().getValue()).isEqualTo(day1Uid);
            assertThat(day1.getStartDate().orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Brussels");
            Temporal start = day1.getStartDate().orElseThrow().getDate();
            assertThat(ZonedDateTime.from(start).toInstant()).isEqualTo(first.atTime(9, 0).atZone(ZoneId.of("Europe/Brussels")).toInstant());
            assertThat(day1.getSummary().getValue()).isEqualTo("Tweedaagse, met; tekens (dag 1/2)");
            int sequenceBefore = day1.getSequence().getSequenceNo();

            SessionView published = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).find(id));
            SessionDraft edited = new SessionDraft(published.kind(), "Tweedaagse, nieuwe titel", published.description(),
                    published.themes(), published.audience(), null, published.trainers(), published.venueName(), published.venueAddress(),
                    null, List.of(new SessionDate(first, LocalTime.of(10, 0), LocalTime.of(16, 30)), published.dates().get(1)),
                    published.capacity(), null, null, published.version());
            fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).update(id, edited));
            Calendar after = parse(fixture.inTransaction(emf, (EntityManager em) -> fixture.sessions(em).calendarFeed()));
            VEvent day1After = after.<VEvent>getComponents("VEVENT").stream()
                    .filter(e -> e.getUid().orElseThrow().getValue().equals(day1Uid)).findFirst().orElseThrow();
            assertThat(day1After.getSummary().getValue()).startsWith("Tweedaagse, nieuwe titel");
            assertThat(day1After.getSequence().getSequenceNo()).isGreaterThan(sequenceBefore);
            assertThat(ZonedDateTime.from(day1After.getStartDate().orElseThrow().getDate()).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
            assertThat(after.getComponents("VTIMEZONE")).hasSize(1);

            SessionView current = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).find(id));
            fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).cancel(id, current.version(), null));
            Calendar cancelled = parse(fixture.inTransaction(emf, (EntityManager em) -> fixture.sessions(em).calendarFeed()));
            List<String> uids = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).find(id)).dates()
                    .stream().map(SessionDate::uid).toList();
            assertThat(cancelled.<VEvent>getComponents("VEVENT")).filteredOn(e -> uids.contains(e.getUid().orElseThrow().getValue()))
                    .hasSize(2).allSatisfy(e -> assertThat(e.getStatus().getValue()).isEqualTo("CANCELLED"));
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.sessions(em).sessionIcsFileName(id)))
                    .isEqualTo("tweedaagse-nieuwe-titel.ics");

            var draft = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).create(
                    TrainingFixture.draft("Geheim ontwerp", 5, 10)));
            assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.sessions(em).sessionIcs(draft.id())))
                    .isInstanceOf(NotFound.class);
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.sessions(em).calendarFeed())).doesNotContain("Geheim ontwerp");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theConfirmationArrivesOverSmtpWithAnIcsThatParses(TestDatabase kind) throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            fixture.mailer = new Mailer(new Mailer.Settings("127.0.0.1", smtp.getSmtp().getPort(), "Draaischijf <noreply@example.org>",
                    "", "", false));
            UUID id = fixture.published(emf, TrainingFixture.draft("Infosessie per mail", 10, 10));
            RegistrationResult ann = fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em)
                    .register(id, TrainingFixture.form("Ann")));

            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(received[0].getSubject()).isEqualTo("Inschrijving bevestigd: Infosessie per mail / Registration confirmed");
            Multipart parts = (Multipart) received[0].getContent();
            assertThat(parts.getCount()).isEqualTo(2);
            assertThat((String) parts.getBodyPart(0).getContent()).contains("/inschrijving/" + ann.cancelToken());
            BodyPart ics = parts.getBodyPart(1);
            assertThat(ics.getFileName()).isEqualTo("infosessie-per-mail.ics");
            assertThat(ics.getContentType()).startsWith("text/calendar");
            String text = new String(ics.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(parse(text).<VEvent>getComponents("VEVENT")).singleElement()
                    .satisfies(e -> assertThat(e.getUid().orElseThrow().getValue()).isEqualTo(fixture.inTransaction(emf,
                            (EntityManager em) -> fixture.as("coordinator").sessions(em).find(id)).dates().get(0).uid()));

            // existing callers without attachments still get a plain text mail
            fixture.mailer.send(new Mailer.Mail(List.of("x@example.org"), "Gewoon", "Platte tekst"));
            assertThat(smtp.getReceivedMessages()[1].getContent()).isEqualTo("Platte tekst");
        } finally {
            smtp.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theNewsletterNeedsAConfirmationAndAnswersTheSameForAnyAddress(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            fixture.inTransaction(emf, (EntityManager em) -> {
                fixture.newsletter(em).subscribe("Nieuw@Example.org", true);
                return null;
            });
            Mailer.Mail confirm = fixture.mails.get(0);
            assertThat(confirm.to()).containsExactly("nieuw@example.org");
            assertThat(confirm.text()).contains(TrainingFixture.BASE_URL + "/nieuwsbrief/bevestigen?token=")
                    .contains("/nieuwsbrief/uitschrijven?token=");
            assertThat(subscribers(emf)).as("not before the confirmation").isEmpty();

            fixture.inTransaction(emf, (EntityManager em) -> {
                fixture.newsletter(em).confirm(token(confirm.text(), "bevestigen"));
                return null;
            });
            assertThat(subscribers(emf)).extracting(SubscriberRow::email).containsExactly("nieuw@example.org");
            fixture.inTransaction(emf, (EntityManager em) -> {
                fixture.newsletter(em).confirm(token(confirm.text(), "bevestigen"));
                return null;
            });

            // signing up again answers the same; the mail says it is already done, with an unsubscribe link
            fixture.inTransaction(emf, (EntityManager em) -> {
                fixture.newsletter(em).subscribe("nieuw@example.org", true);
                return null;
            });
            Mailer.Mail already = fixture.mails.get(1);
            assertThat(already.subject()).startsWith("Je bent al ingeschreven op de nieuwsbrief");
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.newsletter(em).countConfirmed())).isEqualTo(1);

            fixture.inTransaction(emf, (EntityManager em) -> {
                fixture.newsletter(em).unsubscribe(token(already.text(), "uitschrijven"));
                return null;
            });
            assertThat(subscribers(emf)).isEmpty();
            assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> {
                fixture.newsletter(em).confirm(token(already.text(), "uitschrijven"));
                return null;
            })).as("an unsubscribe link does not confirm").isInstanceOf(NotFound.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void tenSignUpsOfOneAddressAtTheSameMomentAllGetTheSameAnswerAndOneListEntry(TestDatabase kind) throws Exception {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            List<String> outcomes = RegistrationDatabaseTest.concurrently(10, i -> fixture.inTransaction(emf, (EntityManager em) -> {
                fixture.newsletter(em).subscribe("Dubbel@example.org", true);
                return "ok";
            }));
            assertThat(outcomes).containsOnly("ok").hasSize(10);
            assertThat(fixture.mails).hasSize(10).allSatisfy(mail -> assertThat(mail.to()).containsExactly("dubbel@example.org"));
            assertThat(TestDatabase.inTransaction(emf, (EntityManager em) -> em.createQuery(
                    "select count(s) from NewsletterSubscriber s where s.email = 'dubbel@example.org'", Long.class).getSingleResult()))
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOldConfirmationLinkNeverBringsBackAnAddressThatLeftTheListAndExpiresAfterAWeek(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            subscribe(emf, "weg@example.org");
            Mailer.Mail first = fixture.mails.get(0);
            confirm(emf, token(first.text(), "bevestigen"));
            assertThat(subscribers(emf)).extracting(SubscriberRow::email).containsExactly("weg@example.org");
            fixture.inTransaction(emf, (EntityManager em) -> {
                fixture.newsletter(em).unsubscribe(token(first.text(), "uitschrijven"));
                return null;
            });
            assertThat(subscribers(emf)).isEmpty();

            // months later the old confirmation button is pressed again: the address stays off the list
            assertThatThrownBy(() -> confirm(emf, token(first.text(), "bevestigen"))).isInstanceOf(NotFound.class);
            assertThat(subscribers(emf)).isEmpty();

            // signing up again sends a new link, which works; one that waited more than a week does not
            subscribe(emf, "weg@example.org");
            confirm(emf, token(fixture.mails.get(1).text(), "bevestigen"));
            assertThat(subscribers(emf)).extracting(SubscriberRow::email).containsExactly("weg@example.org");
            subscribe(emf, "laat@example.org");
            String late = token(fixture.mails.get(2).text(), "bevestigen");
            fixture.clock = java.time.Clock.offset(java.time.Clock.systemUTC(), java.time.Duration.ofDays(8));
            assertThatThrownBy(() -> confirm(emf, late)).isInstanceOf(NotFound.class);
            assertThat(subscribers(emf)).extracting(SubscriberRow::email).containsExactly("weg@example.org");
        }
    }

    private void subscribe(EntityManagerFactory emf, String address) {
        fixture.inTransaction(emf, (EntityManager em) -> {
            fixture.newsletter(em).subscribe(address, true);
            return null;
        });
    }

    private void confirm(EntityManagerFactory emf, String token) {
        fixture.inTransaction(emf, (EntityManager em) -> {
            fixture.newsletter(em).confirm(token);
            return null;
        });
    }

    private List<SubscriberRow> subscribers(EntityManagerFactory emf) {
        return fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").newsletter(em).confirmedSubscribers());
    }

    private static String token(String text, String page) {
        Matcher matcher = Pattern.compile("/nieuwsbrief/" + page + "\\?token=([A-Za-z0-9_-]+)").matcher(text);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /** Parsed with iCal4j and checked against RFC 5545 and, for METHOD:PUBLISH, RFC 5546. */
    private static Calendar parse(String ics) throws Exception {
        assertThat(ics).contains("\r\n");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        var validation = calendar.validate(true);
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        return calendar;
    }
}
