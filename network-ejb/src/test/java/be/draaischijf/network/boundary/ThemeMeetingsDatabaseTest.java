package be.draaischijf.network.boundary;

import jakarta.persistence.EntityManager;
import static be.draaischijf.network.boundary.NetworkFixture.ARKTOS;
import static be.draaischijf.network.boundary.NetworkFixture.CAW;
import static be.draaischijf.network.boundary.NetworkFixture.GONE;
import static be.draaischijf.network.boundary.NetworkFixture.QUIET;
import static be.draaischijf.network.boundary.NetworkFixture.XSTRA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.draaischijf.network.api.InvitedPartner;
import be.draaischijf.network.api.MeetingAction;
import be.draaischijf.network.api.MeetingDraft;
import be.draaischijf.network.api.MeetingSummary;
import be.draaischijf.network.api.MeetingView;
import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Theme meetings (ADR 0045) on real PostgreSQL and on H2: planned with partner organisations, each invited by mail with
 * an .ics through the one outbox; changed, written up, and read by the invited partners only.
 */
class ThemeMeetingsDatabaseTest {

    static final DateTimeFormatter DUTCH_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl"));
    static final DateTimeFormatter ICS_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    final NetworkFixture fixture = new NetworkFixture();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachInvitedOrganisationIsMailedItsInvitationWithAnIcsAtTheAddressTheDirectoryHas(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            LocalDate day = fixture.today().plusDays(14);

            MeetingView meeting = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").meetings(em)
                    .plan(draft(day, List.of(XSTRA, ARKTOS, QUIET, XSTRA))));

            assertThat(meeting.partners()).extracting(InvitedPartner::organisationId, InvitedPartner::name, InvitedPartner::invited)
                    .as("each organisation once, in the order chosen; the one without an address is not mailed")
                    .containsExactly(tuple(XSTRA, "X-Stra!", true), tuple(ARKTOS, "Arktos", true),
                            tuple(QUIET, "Stille Partner (fictief)", false));
            assertThat(fixture.mails).extracting(mail -> mail.to().get(0))
                    .containsExactlyInAnyOrder("info@xstra.example.org", "netwerk@arktos.example.org");
            Mailer.Mail toXstra = mailTo("info@xstra.example.org");
            assertThat(toXstra.subject()).isEqualTo("Uitnodiging: themabijeenkomst Schoolmoeheid / Invitation: theme meeting"
                    + " School fatigue");
            assertThat(toXstra.text()).contains("Beste collega's van X-Stra!", "\"Schoolmoeheid\"",
                    "Wanneer: " + DUTCH_DAY.format(day) + ", 14:00–16:00", "Waar: Stadhuis, zaal Kiel",
                    "Dear colleagues at X-Stra!", "\"School fatigue\"",
                    NetworkFixture.BASE_URL + "/meldpunt/themabijeenkomsten/" + meeting.id())
                    .doesNotContain("SCHOOL_FATIGUE");
            assertThat(toXstra.attachments()).singleElement().satisfies(ics -> {
                assertThat(ics.fileName()).endsWith(".ics");
                assertThat(ics.contentType()).startsWith("text/calendar");
                assertThat(new String(ics.content(), StandardCharsets.UTF_8)).contains("BEGIN:VEVENT",
                        "UID:theme-meeting-" + meeting.id() + "@draaischijf",
                        "DTSTART;TZID=Europe/Brussels:" + ICS_DAY.format(day) + "T140000",
                        "DTEND;TZID=Europe/Brussels:" + ICS_DAY.format(day) + "T160000",
                        "SEQUENCE:0", "STATUS:CONFIRMED", "Themabijeenkomst: Schoolmoeheid");
            });
            MeetingView read = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("admin").meetings(em).open(meeting.id()));
            assertThat(read.partners()).filteredOn(InvitedPartner::invited).allSatisfy(p -> assertThat(p.invitedAt()).isNotNull());
            assertThat(read.version()).isEqualTo(meeting.version());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theInvitationsWaitInTheOneOutboxWithTheirIcsWhenTheServerStopsRightAfterTheCommit(TestDatabase kind) throws SQLException {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            fixture.serverStopsAfterCommit = true;

            fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").meetings(em)
                    .plan(draft(fixture.today().plusDays(7), List.of(XSTRA, CAW))));

            assertThat(fixture.mails).as("nothing sent from memory").isEmpty();
            List<String> queued = new ArrayList<>();
            try (Connection connection = fixture.dataSource.getConnection();
                 PreparedStatement select = connection.prepareStatement(
                         "select module, recipients, attachment_type, attachment_text from platform_mail order by recipients");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    assertThat(rows.getString("module")).isEqualTo("network");
                    assertThat(rows.getString("attachment_type")).startsWith("text/calendar");
                    assertThat(rows.getString("attachment_text")).contains("BEGIN:VEVENT");
                    queued.add(rows.getString("recipients"));
                }
            }
            assertThat(queued).containsExactly("info@caw.example.org", "info@xstra.example.org");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aMovedMeetingTellsThoseInvitedAnAddedOrganisationIsInvitedAndARemovedOneIsTold(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            LocalDate day = fixture.today().plusDays(14);
            MeetingView planned = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").meetings(em)
                    .plan(draft(day, List.of(XSTRA, ARKTOS))));
            fixture.mails.clear();

            MeetingDraft moved = new MeetingDraft("SCHOOL_FATIGUE", day.plusDays(7), LocalTime.of(9, 30), LocalTime.of(11, 0),
                    "Netsterk, wijk Kiel", List.of(XSTRA, CAW), planned.agenda(), null, List.of());
            MeetingView changed = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").meetings(em)
                    .update(planned.id(), planned.version(), moved));

            assertThat(changed.version()).isGreaterThan(planned.version());
            assertThat(changed.partners()).extracting(InvitedPartner::organisationId, InvitedPartner::invited)
                    .containsExactly(tuple(XSTRA, true), tuple(CAW, true));
            assertThat(mailTo("info@caw.example.org").subject()).startsWith("Uitnodiging: themabijeenkomst Schoolmoeheid");
            Mailer.Mail toXstra = mailTo("info@xstra.example.org");
            assertThat(toXstra.subject()).startsWith("Gewijzigd: themabijeenkomst Schoolmoeheid");
            assertThat(toXstra.text()).contains(DUTCH_DAY.format(day.plusDays(7)) + ", 09:30–11:00", "Netsterk, wijk Kiel");
            assertThat(ics(toXstra)).contains("UID:theme-meeting-" + planned.id() + "@draaischijf",
                    "DTSTART;TZID=Europe/Brussels:" + ICS_DAY.format(day.plusDays(7)) + "T093000",
                    "SEQUENCE:" + changed.version());
            Mailer.Mail toArktos = mailTo("netwerk@arktos.example.org");
            assertThat(toArktos.subject()).startsWith("Niet meer uitgenodigd");
            assertThat(ics(toArktos)).contains("UID:theme-meeting-" + planned.id() + "@draaischijf", "STATUS:CANCELLED");
            assertThat(fixture.mails).hasSize(3);

            // the same change from the version read before: someone changed it meanwhile, nothing saved or sent
            fixture.mails.clear();
            assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").meetings(em)
                    .update(planned.id(), planned.version(), draft(day, List.of(XSTRA)))))
                    .isInstanceOf(ChangedMeanwhile.class);
            assertThat(fixture.mails).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void minutesAndActionsAreKeptAndWritingThemUpMailsNobody(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            LocalDate day = fixture.today().plusDays(3);
            MeetingView planned = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").meetings(em)
                    .plan(draft(day, List.of(XSTRA))));
            fixture.mails.clear();
            List<MeetingAction> actions = List.of(
                    new MeetingAction("Cijfers over afwezigheden opvragen", "Centraal Meldpunt", day.plusDays(14), false),
                    new MeetingAction("Een gezamenlijke brief aan de scholen", "X-Stra!", day.plusDays(30), true));
            MeetingDraft writtenUp = new MeetingDraft("SCHOOL_FATIGUE", day, LocalTime.of(14, 0), LocalTime.of(16, 0),
                    " Stadhuis, zaal Kiel ", List.of(XSTRA), planned.agenda(), "  Drie scholen zien hetzelfde.  ", actions);

            MeetingView saved = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").meetings(em)
                    .update(planned.id(), planned.version(), writtenUp));

            assertThat(saved.minutes()).isEqualTo("Drie scholen zien hetzelfde.");
            assertThat(saved.actions()).isEqualTo(actions);
            assertThat(fixture.mails).as("the same moment and place: nobody is mailed").isEmpty();
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").meetings(em).ofTheme("SCHOOL_FATIGUE")))
                    .singleElement().satisfies(summary -> {
                        assertThat(summary.id()).isEqualTo(planned.id());
                        assertThat(summary.partners()).isEqualTo(1);
                        assertThat(summary.openActions()).isEqualTo(1);
                    });
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").meetings(em).ofTheme("TRUANCY"))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void partnerStaffOfAnInvitedOrganisationReadTheMeetingAndToAnyoneElseItDoesNotExist(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            MeetingView meeting = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").meetings(em)
                    .plan(draft(fixture.today().plusDays(10), List.of(XSTRA, ARKTOS))));

            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("partner.xstra").meetings(em).open(meeting.id())).place())
                    .isEqualTo("Stadhuis, zaal Kiel");
            for (String who : new String[] {"partner.caw", "professional"}) {
                assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.as(who).meetings(em).open(meeting.id())))
                        .as(who).isInstanceOf(NotFound.class);
            }
            assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.as("partner.xstra").meetings(em)
                    .update(meeting.id(), meeting.version(), meeting.toDraft()))).isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.as("partner.xstra").meetings(em)
                    .ofTheme("SCHOOL_FATIGUE"))).isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").meetings(em)
                    .open(UUID.randomUUID()))).isInstanceOf(NotFound.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aMeetingNeedsAnActiveThemeActiveOrganisationsAndADayAhead(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            MeetingDraft wrong = new MeetingDraft("RETIRED", fixture.today().minusDays(1), LocalTime.of(14, 0), LocalTime.of(16, 0),
                    "Stadhuis, zaal Kiel", List.of(XSTRA, GONE), null, null, List.of());

            assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").meetings(em).plan(wrong)))
                    .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors())
                            .extracting(FieldError::field, FieldError::key).containsExactly(
                                    tuple("theme", "network.meeting.theme.unknown"),
                                    tuple("day", "network.meeting.day.past"),
                                    tuple("partners", "network.meeting.partner.unknown")));
            assertThat(fixture.mails).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDemoHasAThemeMeetingOnSchoolFatigueThatXStraMayRead(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, true)) {
            List<MeetingSummary> meetings = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").meetings(em)
                    .ofTheme("SCHOOL_FATIGUE"));

            assertThat(meetings).singleElement().satisfies(summary -> {
                assertThat(summary.partners()).isEqualTo(2);
                assertThat(summary.openActions()).isEqualTo(1);
            });
            MeetingView demo = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("partner.xstra").meetings(em).open(meetings.get(0).id()));
            assertThat(demo.partners()).extracting(InvitedPartner::name).containsExactly("X-Stra!", "Arktos");
            assertThat(demo.partners()).allMatch(InvitedPartner::invited);
        }
    }

    /** A meeting on school fatigue on this day, 14:00–16:00, with these organisations. */
    static MeetingDraft draft(LocalDate day, List<UUID> partners) {
        return new MeetingDraft("SCHOOL_FATIGUE", day, LocalTime.of(14, 0), LocalTime.of(16, 0), "Stadhuis, zaal Kiel", partners,
                "De signalen over schoolmoeheid; wat ziet elke partner; wie neemt wat op.", null, List.of());
    }

    private Mailer.Mail mailTo(String address) {
        return fixture.mails.stream().filter(mail -> mail.to().contains(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + address + " among " + fixture.mails.size()));
    }

    private static String ics(Mailer.Mail mail) {
        return new String(mail.attachments().get(0).content(), StandardCharsets.UTF_8);
    }
}
