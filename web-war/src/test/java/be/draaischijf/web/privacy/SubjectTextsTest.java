package be.draaischijf.web.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.identity.api.SecurityEvent;
import be.draaischijf.platform.privacy.SubjectField;
import be.draaischijf.platform.privacy.SubjectQuery;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.api.SchoolStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What a data subject reads in the export: labels and values in words, in Dutch and in English, dates as people write
 * them, codes by their labels, and never a raw code or bundle key, even for a field no label was written for yet.
 */
class SubjectTextsTest {

    private static final SubjectTexts DUTCH = SubjectTexts.in(Locale.forLanguageTag("nl"));
    private static final SubjectTexts ENGLISH = SubjectTexts.in(Locale.ENGLISH);

    @Test
    void codesAreSaidByTheirLabelsInBothLanguages() {
        SubjectField status = SubjectField.code("subject.field.status", ReferralStatus.IN_ANALYSIS);
        SubjectField school = SubjectField.code("schoolStatus", SchoolStatus.AT_RISK);
        SubjectField event = SubjectField.code("kind", SecurityEvent.Kind.LOGIN_FAILED);

        assertThat(DUTCH.value(status)).isEqualTo("In analyse");
        assertThat(ENGLISH.value(status)).isEqualTo("In analysis");
        assertThat(DUTCH.value(school)).isEqualTo("Dreigende uitval");
        assertThat(DUTCH.value(event)).isEqualTo("Inloggen mislukt");
        assertThat(DUTCH.label(status)).isEqualTo("Status");
        assertThat(DUTCH.key(status)).isEqualTo("status");
    }

    @Test
    void datesMomentsAndYesOrNoReadAsPeopleWriteThem() {
        assertThat(DUTCH.value(SubjectField.date("youngBirthDate", LocalDate.of(2011, 3, 3)))).isEqualTo("3 maart 2011");
        assertThat(ENGLISH.value(SubjectField.date("youngBirthDate", LocalDate.of(2011, 3, 3)))).isEqualTo("3 March 2011");
        assertThat(DUTCH.value(SubjectField.moment("receivedAt", Instant.parse("2026-03-03T13:05:00Z"))))
                .as("in Brussels time").isEqualTo("3 maart 2026, 14:05");
        assertThat(DUTCH.value(SubjectField.yesNo("consentParent", true))).isEqualTo("ja");
        assertThat(ENGLISH.value(SubjectField.yesNo("consentParent", false))).isEqualTo("no");
        assertThat(DUTCH.value(SubjectField.text("school", null))).isEqualTo("niet ingevuld");
        assertThat(DUTCH.label(SubjectField.date("youngBirthDate", null))).isEqualTo("Geboortedatum van de jongere");
    }

    @Test
    void aFieldOrCodeWithoutALabelYetIsSaidInWordsNeverAsTheKey() {
        SubjectField unknown = SubjectField.code("subject.field.favouriteColour", Mood.VERY_HAPPY);

        assertThat(DUTCH.label(unknown)).isEqualTo("Favourite colour");
        assertThat(DUTCH.value(unknown)).isEqualTo("Very happy");
        assertThat(DUTCH.kind("somethingNew")).isEqualTo("Something new");
    }

    @Test
    void theTitleNamesTheYoungPersonOrTheAddress() {
        assertThat(DUTCH.title(SubjectQuery.youngPerson(" Jan ", "Peeters", LocalDate.of(2011, 3, 3))))
                .isEqualTo("Gegevens over Jan Peeters");
        assertThat(ENGLISH.title(SubjectQuery.byEmail(" Jan.Peeters@Example.org "))).isEqualTo("Data about jan.peeters@example.org");
        assertThat(DUTCH.kind("case")).isEqualTo("Dossier");
        assertThat(ENGLISH.module("referral")).isEqualTo("Cases of the intake point");
    }

    @Test
    void thePdfPrintsWhatHelveticaCanAndAQuestionMarkForTheRest() {
        assertThat(SubjectExportPdf.printable("Zoë „Chloé” Şahin")).isEqualTo("Zoë „Chloé” ?ahin");
    }

    /** An enum no bundle knows. */
    enum Mood { VERY_HAPPY }
}
