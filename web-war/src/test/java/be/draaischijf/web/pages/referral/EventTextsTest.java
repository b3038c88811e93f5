package be.draaischijf.web.pages.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.referral.api.AuditEntry;
import be.draaischijf.referral.api.EventKind;
import be.draaischijf.referral.api.EventMessage;
import be.draaischijf.referral.api.EventValue;
import be.draaischijf.referral.api.EventValue.Type;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.api.TimelineEntry;
import be.draaischijf.web.i18n.Language;
import be.draaischijf.web.layout.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Timeline and audit entries read as words in the page's language, whenever they were written. */
class EventTextsTest {

    private static EventTexts in(String language) {
        Language chosen = new Language() {
            @Override
            public String getCode() {
                return language;
            }

            @Override
            public Locale getLocale() {
                return Locale.forLanguageTag(language);
            }
        };
        Messages messages = new Messages();
        setField(messages, "language", chosen);
        EventTexts texts = new EventTexts();
        texts.language = chosen;
        texts.messages = messages;
        return texts;
    }

    private static void setField(Object target, String name, Object value) {
        try {
            var field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TimelineEntry entry(EventMessage message, String text) {
        return new TimelineEntry(Instant.parse("2026-03-03T10:00:00Z"), "coordinator", EventKind.STATUS, message, text);
    }

    @Test
    void aStatusChangeReadsAsWordsInBothLanguages() {
        EventMessage moved = EventMessage.of("event.status", EventValue.of(Type.STATUS, ReferralStatus.NEW),
                EventValue.of(Type.STATUS, ReferralStatus.IN_ANALYSIS));
        assertThat(in("nl").of(entry(moved, ""))).isEqualTo("Status gewijzigd van „Nieuw” naar „In analyse”.");
        assertThat(in("en").of(entry(moved, ""))).isEqualTo("Status changed from \"New\" to \"In analysis\".");
    }

    @Test
    void datesReadAsDayMonthYearAndPluralsAgree() {
        EventMessage referred = EventMessage.of("event.referred", EventValue.name("Huiswerkklas"),
                EventValue.name("De Passage"), EventValue.date(LocalDate.of(2026, 3, 9)));
        assertThat(in("nl").of(entry(referred, ""))).contains("uiterlijk op 9 maart 2026").doesNotContain("2026-03-09");
        assertThat(in("en").of(entry(referred, ""))).contains("by 9 March 2026");

        for (int weeks : new int[] {1, 3}) {
            EventMessage unmet = EventMessage.of("event.unmetNeed.waiting", EventValue.name("Welzijn"),
                    EventValue.of(Type.UNMET_NEED_REASON, "WAITING_TOO_LONG"), EventValue.number(weeks));
            assertThat(in("nl").of(entry(unmet, ""))).as("%d weeks", weeks)
                    .contains("Wachttijd te lang").contains(weeks == 1 ? "wachttijd 1 week." : "wachttijd 3 weken.");
            assertThat(in("en").of(entry(unmet, ""))).contains(weeks == 1 ? "waiting time 1 week." : "waiting time 3 weeks.");
        }
        EventMessage planned = EventMessage.of("event.conference.planned",
                EventValue.moment(LocalDateTime.of(2026, 4, 1, 14, 30)), EventValue.name("Stadhuis"),
                EventValue.of(Type.LEGAL_GROUND, "CONSENT"), EventValue.number(1));
        assertThat(in("nl").of(entry(planned, "")))
                .isEqualTo("Netwerkoverleg gepland op 1 april 2026, 14:30 (Stadhuis), rechtsgrond: Toestemming, 1 deelnemer.");
    }

    @Test
    void consentGivenOrWithdrawnSaysWhoWhenAndHowInWords() {
        EventMessage given = EventMessage.of("event.consent.given", EventValue.of(Type.CONSENT_GIVER, "PARENT"),
                EventValue.date(LocalDate.of(2026, 3, 9)), EventValue.of(Type.CONSENT_METHOD, "IN_WRITING"));
        assertThat(in("nl").of(entry(given, ""))).isEqualTo("Toestemming gegeven door een ouder of voogd op 9 maart 2026 (schriftelijk).");
        assertThat(in("en").of(entry(given, ""))).isEqualTo("Consent given by a parent or guardian on 9 March 2026 (in writing).");

        EventMessage withdrawn = EventMessage.of("event.consent.withdrawn", EventValue.of(Type.CONSENT_GIVER, "YOUNG_PERSON"),
                EventValue.date(LocalDate.of(2026, 3, 10)), EventValue.of(Type.CONSENT_METHOD, "BY_PHONE"));
        assertThat(in("nl").of(entry(withdrawn, ""))).startsWith("Toestemming ingetrokken door de jongere op 10 maart 2026 (telefonisch)")
                .doesNotContain("YOUNG_PERSON").doesNotContain("2026-03-10");
        assertThat(in("en").of(entry(withdrawn, ""))).startsWith("Consent withdrawn by the young person on 10 March 2026 (by phone)");

        EventMessage parentOnly = EventMessage.of("event.consent.withdrawn.youngPersonStill",
                EventValue.of(Type.CONSENT_GIVER, "PARENT"), EventValue.date(LocalDate.of(2026, 3, 10)),
                EventValue.of(Type.CONSENT_METHOD, "IN_PERSON"));
        assertThat(in("en").of(entry(parentOnly, ""))).as("an apostrophe in a message format is doubled in the bundle")
                .endsWith("the young person's own consent still stands.");
    }

    @Test
    void whatAPersonWroteIsKeptApartAndOldEntriesKeepTheirWords() {
        TimelineEntry note = new TimelineEntry(Instant.now(), "coordinator", EventKind.NOTE, null, "Moeder gebeld");
        assertThat(in("en").of(note)).isEmpty();
        assertThat(in("en").written(note)).isEqualTo("Moeder gebeld");

        AuditEntry old = new AuditEntry(Instant.now(), "coordinator", "READ", null, "dossier geopend");
        assertThat(in("en").of(old)).isEqualTo("dossier geopend");
        AuditEntry written = new AuditEntry(Instant.now(), "coordinator", "CHANGE",
                EventMessage.of("audit.written", EventValue.of(Type.EVENT_KIND, EventKind.CALL)), null);
        assertThat(in("nl").of(written)).isEqualTo("Telefoongesprek toegevoegd");
        assertThat(in("en").actor(TimelineEntry.SYSTEM)).isEqualTo("Draaischijf");
    }

    @Test
    void storedValuesSurviveLineBreaksAndBackslashesInNames() {
        EventMessage message = EventMessage.of("event.contactPoint", EventValue.name("Een\\Twee\nDrie"), EventValue.name("Vier"));
        assertThat(EventMessage.decode(message.key(), message.encodedValues())).isEqualTo(message);
        assertThat(EventMessage.decode(null, "NAME:x")).isNull();
    }
}
