package be.draaischijf.training.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.testing.TestDatabase;
import be.draaischijf.training.api.RegistrationResult;
import be.draaischijf.training.api.SessionDate;
import be.draaischijf.training.api.SessionDraft;
import be.draaischijf.training.api.SessionKind;
import be.draaischijf.training.api.SessionView;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What registered people hear when the organiser changes a published session, and what their calendars do with it. */
class SessionChangesDatabaseTest {

    final TrainingFixture fixture = new TrainingFixture();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void takingAwayADayKeepsTheOtherDaysUidsAndTellsTheCalendarTheDayIsCancelled(TestDatabase kind) throws Exception {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            LocalDate first = LocalDate.now().plusDays(30);
            UUID id = fixture.published(emf, threeDays(first));
            register(emf, id, "Ann");
            SessionView before = find(emf, id);
            List<String> uids = before.dates().stream().map(SessionDate::uid).toList();
            assertThat(uids).doesNotHaveDuplicates().doesNotContainNull();

            // the edit form sends back each day's uid; the coordinator takes the first day away
            fixture.mails.clear();
            SessionView after = update(emf, id, withDates(before.toDraft(), before.dates().subList(1, 3)));

            assertThat(after.dates()).extracting(SessionDate::uid).containsExactly(uids.get(1), uids.get(2));
            Calendar feed = parse(fixture.inTransaction(emf, (EntityManager em) -> fixture.sessions(em).calendarFeed()));
            assertThat(feed.<VEvent>getComponents("VEVENT")).filteredOn(e -> uids.contains(uid(e)))
                    .extracting(SessionChangesDatabaseTest::uid).containsExactly(uids.get(1), uids.get(2));
            Mailer.Mail changed = onlyMailTo("ann@example.org");
            assertThat(changed.subject()).isEqualTo("Gewijzigd: Driedaagse vorming / Changed");
            Calendar ics = parse(new String(changed.attachments().get(0).content(), StandardCharsets.UTF_8));
            var validation = ics.validate(true);
            assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
            Map<String, String> statusByUid = ics.<VEvent>getComponents("VEVENT").stream()
                    .collect(Collectors.toMap(SessionChangesDatabaseTest::uid, e -> e.getStatus().getValue()));
            assertThat(statusByUid).containsExactlyInAnyOrderEntriesOf(Map.of(
                    uids.get(0), "CANCELLED", uids.get(1), "CONFIRMED", uids.get(2), "CONFIRMED"));
            assertThat(ics.<VEvent>getComponents("VEVENT")).allSatisfy(e ->
                    assertThat(e.getSequence().getSequenceNo()).isEqualTo(after.version()).isGreaterThan(before.version()));

            // a client that sends no uids (REST) and moves a day: the day on the same date keeps its uid, the moved one too
            SessionDate moved = new SessionDate(first.plusDays(8), LocalTime.of(9, 30), LocalTime.of(16, 0));
            SessionDate same = new SessionDate(first.plusDays(14), LocalTime.of(9, 30), LocalTime.of(16, 0));
            SessionView again = update(emf, id, withDates(after.toDraft(), List.of(moved, same)));
            assertThat(again.dates()).extracting(SessionDate::uid).containsExactly(uids.get(1), uids.get(2));

            // a day added gets a uid of its own; a duplicate keeps none of the others
            SessionDate added = new SessionDate(first.plusDays(21), LocalTime.of(9, 30), LocalTime.of(16, 0));
            SessionView longer = update(emf, id, withDates(again.toDraft(), List.of(again.dates().get(0), again.dates().get(1), added)));
            assertThat(longer.dates()).extracting(SessionDate::uid).startsWith(uids.get(1), uids.get(2)).doesNotHaveDuplicates()
                    .doesNotContain(uids.get(0));
            SessionView copy = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).duplicate(id));
            assertThat(copy.dates()).extracting(SessionDate::uid).doesNotContainAnyElementsOf(
                    longer.dates().stream().map(SessionDate::uid).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void movingAPublishedSessionTellsConfirmedAndWaitingPeopleAndRemindsAgainForTheNewDate(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            UUID id = fixture.published(emf, TrainingFixture.draft("Infosessie verplaatst", 1, 3));
            register(emf, id, "Ann");
            register(emf, id, "Bob");
            RegistrationResult cas = register(emf, id, "Cas");
            fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).cancel(cas.cancelToken()));
            // two days on: Ann's reminder goes out
            fixture.clock = Clock.offset(Clock.systemUTC(), Duration.ofDays(2));
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).sendReminders())).isEqualTo(1);

            // only the title changes: nobody is bothered
            fixture.mails.clear();
            SessionView before = find(emf, id);
            SessionDraft retitled = new SessionDraft(before.kind(), "Infosessie verplaatst (nieuwe titel)", before.description(),
                    before.themes(), before.audience(), before.organiserId(), before.trainers(), before.venueName(),
                    before.venueAddress(), before.onlineLink(), before.dates(), before.capacity(), null, null, before.version());
            SessionView renamed = update(emf, id, retitled);
            assertThat(fixture.mails).isEmpty();

            // a week later, another venue
            SessionDate later = new SessionDate(LocalDate.now().plusDays(10), LocalTime.of(13, 0), LocalTime.of(15, 0));
            SessionDraft moved = new SessionDraft(renamed.kind(), renamed.title(), renamed.description(), renamed.themes(),
                    renamed.audience(), renamed.organiserId(), renamed.trainers(), "Zaal Nieuw", "Nieuwstraat 2, 2000 Antwerpen",
                    null, List.of(new SessionDate(later.day(), later.startsAt(), later.endsAt(), renamed.dates().get(0).uid())),
                    renamed.capacity(), null, null, renamed.version());
            update(emf, id, moved);

            assertThat(fixture.mails).extracting(mail -> mail.to().get(0)).containsExactlyInAnyOrder("ann@example.org", "bob@example.org");
            Mailer.Mail toAnn = onlyMailTo("ann@example.org");
            assertThat(toAnn.text()).contains("Zaal Nieuw, Nieuwstraat 2").contains("13:00–15:00").contains("/inschrijving/");
            assertThat(toAnn.attachments()).as("confirmed: the updated calendar item").hasSize(1);
            assertThat(onlyMailTo("bob@example.org").attachments()).as("waiting: no appointment yet").isEmpty();

            // the reminder for the new date goes out again, two days before it
            fixture.mails.clear();
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).sendReminders()))
                    .as("not yet").isZero();
            fixture.clock = Clock.offset(Clock.systemUTC(), Duration.ofDays(9));
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).sendReminders())).isEqualTo(1);
            assertThat(onlyMailTo("ann@example.org").subject()).startsWith("Herinnering: Infosessie verplaatst");
        }
    }

    private static SessionDraft threeDays(LocalDate first) {
        return new SessionDraft(SessionKind.TRAINING, "Driedaagse vorming", "Drie dagen.", null, null, null, "Test Trainer",
                "Zaal Test", "Teststraat 1, 2000 Antwerpen", null,
                List.of(new SessionDate(first, LocalTime.of(9, 0), LocalTime.of(16, 0)),
                        new SessionDate(first.plusDays(7), LocalTime.of(9, 0), LocalTime.of(16, 0)),
                        new SessionDate(first.plusDays(14), LocalTime.of(9, 0), LocalTime.of(16, 0))),
                12, null, null, 0);
    }

    private static SessionDraft withDates(SessionDraft d, List<SessionDate> dates) {
        return new SessionDraft(d.kind(), d.title(), d.description(), d.themes(), d.audience(), d.organiserId(), d.trainers(),
                d.venueName(), d.venueAddress(), d.onlineLink(), dates, d.capacity(), d.registrationOpens(), d.registrationCloses(),
                d.version());
    }

    private SessionView update(EntityManagerFactory emf, UUID id, SessionDraft draft) {
        return fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).update(id, draft));
    }

    private SessionView find(EntityManagerFactory emf, UUID id) {
        return fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").sessions(em).find(id));
    }

    private RegistrationResult register(EntityManagerFactory emf, UUID session, String name) {
        return fixture.inTransaction(emf, (EntityManager em) -> fixture.registrations(em).register(session, TrainingFixture.form(name)));
    }

    private Mailer.Mail onlyMailTo(String address) {
        synchronized (fixture.mails) {
            List<Mailer.Mail> mails = fixture.mails.stream().filter(mail -> mail.to().contains(address)).toList();
            assertThat(mails).hasSize(1);
            return mails.get(0);
        }
    }

    private static String uid(VEvent event) {
        return event.getUid().orElseThrow().getValue();
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

}
