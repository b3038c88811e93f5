package be.draaischijf.systemtests;

import static be.draaischijf.systemtests.ReferralApiIT.PW;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pages of a minor's data lifecycle (issue 16): /privacy says the retention periods in force, in words, in Dutch and
 * English; an administrator changes one on /beheer/bewaartermijnen with the keyboard alone (a period too long is told
 * next to the field and in the error summary) and /privacy says the new one; applying the periods now says per kind
 * what was done, in words; a coordinator finds a young person's case on /meldpunt/betrokkene and corrects their last
 * name on the case page (after someone changed the case meanwhile); an administrator erases a case on request after
 * confirming in place. Every state through axe, with screenshots in Dutch and English. A page journey (H2 only, like
 * ConsentPagesIT): the periods, the rules, the search, the correction and the erasure run on both databases in the
 * modules' tests and, over the API, in DataSubjectIT and ErasureIT.
 */
class PrivacyPagesIT extends BrowserTest {

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    static final Locale ENGLISH = Locale.forLanguageTag("en");
    static final String ERASURE_REASON = "Verzoek van de moeder per brief, identiteit nagegaan op het stadskantoor";

    /** A period in words, as /privacy and /beheer/bewaartermijnen say it: "5 jaar", "1 jaar en 6 maanden", "30 dagen". */
    static final String PERIOD_NL = "\\d+ (jaar|maand|maanden|dag|dagen)((, | en )\\d+ (maand|maanden|dag|dagen))*";
    static final String PERIOD_EN = "\\d+ (year|years|month|months|day|days)((, | and )\\d+ (month|months|day|days))*";

    /** What each kind's period counts from, after the period, in Dutch. */
    static final Map<String, String> AFTER_NL = Map.of(
            "CLOSED_CASES", "^" + PERIOD_NL + " na het afsluiten$",
            "UNMET_NEEDS", "^" + PERIOD_NL + " na het vastleggen$",
            "AUDIT_ENTRIES", "^Zolang het dossier; het dossier wordt " + PERIOD_NL + " na het afsluiten geanonimiseerd$",
            "TRAINING_REGISTRATIONS", "^" + PERIOD_NL + " na de vorming$",
            "NEWSLETTER_UNSUBSCRIBED", "^" + PERIOD_NL + " na het uitschrijven$",
            "TOKENS", "^" + PERIOD_NL + " na gebruik of na het verlopen$",
            "SECURITY_EVENTS", "^" + PERIOD_NL + " na de gebeurtenis$");

    @Test
    void thePrivacyPageSaysTheRetentionPeriodsInForceInWordsInDutchAndInEnglish() {
        open("/privacy");
        assertThat(page.locator("h1")).hasText("Privacy");
        assertThat(page.locator("main")).not().containsText("in voorbereiding");
        assertThat(page.locator("#verantwoordelijke-tekst")).containsText("stad Antwerpen");
        assertThat(page.locator("#dpo a")).hasAttribute("href", "mailto:dpo@draaischijf.example.org");
        assertThat(page.locator("#rechtsgronden tbody tr")).hasCount(6);
        assertThat(page.locator("#verwerking-sharing")).containsText("vanaf 12 jaar die van de jongere zelf");
        assertThat(page.locator("#ontvangers-partners")).containsText("dagen nadat de doorverwijzing afliep");

        // every kind of record, its period in words and what it counts from; the audit log follows the closed cases
        assertThat(page.locator("#termijnen tbody tr")).hasCount(AFTER_NL.size());
        AFTER_NL.forEach((kind, said) -> assertThat(page.locator("#termijn-" + kind + " .termijn")).hasText(Pattern.compile(said)));
        String closedCases = page.locator("#termijn-CLOSED_CASES .termijn").textContent().strip().replace(" na het afsluiten", "");
        assertThat(page.locator("#termijn-AUDIT_ENTRIES .termijn")).containsText("wordt " + closedCases + " na het afsluiten");

        assertThat(page.locator("#rechten-lijst li")).hasCount(6);
        assertThat(page.locator("#rechten-hoe a")).hasAttribute("href", Pattern.compile(".*/contact$"));
        assertThat(page.locator("#vtc")).hasAttribute("href", "https://overheid.vlaanderen.be/vtc");
        assertThat(page.locator("#vtc")).containsText("Vlaamse Toezichtcommissie");
        assertThat(page.locator("#gba")).containsText("Gegevensbeschermingsautoriteit");
        assertAccessible("/privacy (nl)");
        screenshot("privacy-nl");

        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#bewaartermijnen")).hasText("How long we keep data");
        assertThat(page.locator("#termijn-CLOSED_CASES .termijn")).hasText(Pattern.compile("^" + PERIOD_EN + " after closing$"));
        assertThat(page.locator("#termijn-TRAINING_REGISTRATIONS .termijn")).hasText(Pattern.compile("^" + PERIOD_EN + " after the session$"));
        assertThat(page.locator("#verwerking-accounts")).containsText("Legitimate interest");
        assertThat(page.locator("#gba")).containsText("Belgian Data Protection Authority");
        assertThat(page.locator("main")).not().containsText("???");
        assertAccessible("/privacy (en)");
        screenshot("privacy-en");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
    }

    @Test
    void anAdministratorChangesAPeriodWithTheKeyboardAloneAndThePrivacyPageSaysTheNewOne() {
        logIn("admin", PW);
        org.assertj.core.api.Assertions.assertThat(navigation()).contains("Bewaartermijnen");
        open("/beheer/bewaartermijnen");
        assertThat(page.locator("h1")).hasText("Bewaartermijnen");
        assertThat(page.locator("#termijnen tbody tr")).hasCount(AFTER_NL.size());
        assertThat(page.locator("#termijn-AUDIT_ENTRIES .bron")).hasText("Volgt de afgesloten dossiers");
        assertThat(page.locator("#wijzig-AUDIT_ENTRIES")).hasCount(0);
        assertThat(page.locator("#termijn-TOKENS .termijn")).hasText(Pattern.compile(AFTER_NL.get("TOKENS")));
        assertAccessible("/beheer/bewaartermijnen (nl)");
        screenshot("bewaartermijnen-nl");

        page.locator("#wijzig-TRAINING_REGISTRATIONS").click();
        assertThat(page.locator("#wijzigen")).hasText("Bewaartermijn wijzigen: Inschrijvingen voor vormingen");

        // with the keyboard: 31 years, then "Bewaartermijn bewaren": too long, said next to the field and in the summary
        Locator amount = page.locator("#termijn\\:aantal");
        amount.focus();
        page.keyboard().press("Control+A");
        page.keyboard().type("31");
        page.keyboard().press("Tab");
        Locator unit = page.locator("#termijn\\:eenheid");
        assertThat(unit).isFocused();
        page.keyboard().press("j");
        assertThat(unit).hasValue("YEARS");
        page.keyboard().press("Tab");
        assertThat(page.locator("#termijn\\:bewaar")).isFocused();
        page.keyboard().press("Enter");
        Locator summary = page.locator("#foutoverzicht");
        assertThat(summary).isFocused();
        assertThat(summary).containsText("Kies een bewaartermijn tussen 1 dag en 30 jaar.");
        assertThat(page.locator(".field:has(#termijn\\:aantal) .ui-message")).containsText("Kies een bewaartermijn tussen 1 dag en 30 jaar.");
        assertThat(amount).hasValue("31");
        assertAccessible("/beheer/bewaartermijnen, a period too long (nl)");
        screenshot("bewaartermijnen-te-lang-nl");

        // the summary's link leads to the field; 2 years is saved
        page.keyboard().press("Tab");
        assertThat(summary.locator("a").first()).isFocused();
        page.keyboard().press("Enter");
        assertThat(amount).isFocused();
        page.keyboard().press("Control+A");
        page.keyboard().type("2");
        page.keyboard().press("Tab");
        assertThat(unit).hasValue("YEARS");
        page.keyboard().press("Tab");
        page.keyboard().press("Enter");
        assertThat(page.locator("#messages")).containsText(
                "De bewaartermijn is gewijzigd. Inschrijvingen voor vormingen: 2 jaar na de vorming.");
        assertThat(page.locator("#termijn-TRAINING_REGISTRATIONS .termijn")).hasText("2 jaar na de vorming");
        assertThat(page.locator("#termijn-TRAINING_REGISTRATIONS .bron")).containsText("Ingesteld door");
        assertThat(page.locator("#termijn-TRAINING_REGISTRATIONS .bron")).containsText(day(LocalDate.now(ZoneId.of("Europe/Brussels")), DUTCH));
        assertAccessible("/beheer/bewaartermijnen, a period changed (nl)");
        screenshot("bewaartermijnen-gewijzigd-nl");

        // the privacy page says the period now in force, in both languages
        open("/privacy");
        assertThat(page.locator("#termijn-TRAINING_REGISTRATIONS .termijn")).hasText("2 jaar na de vorming");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#termijn-TRAINING_REGISTRATIONS .termijn")).hasText("2 years after the session");
        open("/beheer/bewaartermijnen?soort=TRAINING_REGISTRATIONS");
        assertThat(page.locator("#termijn-TRAINING_REGISTRATIONS .bron")).containsText("Set by");
        assertThat(page.locator("main")).not().containsText("???");
        assertAccessible("/beheer/bewaartermijnen, changing a period (en)");
        screenshot("bewaartermijnen-wijzigen-en");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "nl");

        // back to the configuration: the period set here is gone
        page.locator("#termijn\\:terugNaarConfiguratie").click();
        assertThat(page.locator("#messages")).containsText("De bewaartermijn volgt weer de configuratie. Inschrijvingen voor vormingen:");
        assertThat(page.locator("#termijn-TRAINING_REGISTRATIONS .bron")).hasText(Pattern.compile("^(Standaard|De configuratie van de server .*)$"));
        assertThat(page.locator("#termijn\\:terugNaarConfiguratie")).hasCount(0);
    }

    @Test
    void anAdministratorAppliesThePeriodsNowAndReadsPerKindWhatWasDoneInWords() {
        logIn("admin", PW);
        open("/beheer/bewaartermijnen");
        page.locator("#toepassing\\:pasToe").click();
        Locator done = page.locator("#toepassing-samenvatting");
        assertThat(done).containsText("Bewaartermijnen toegepast op");
        assertThat(done).isFocused();
        assertThat(page.locator("#toepassing-lijst li")).hasCount(AFTER_NL.size());
        assertThat(page.locator("#toegepast-CLOSED_CASES")).hasText(Pattern.compile(
                "^(Geen afgesloten dossiers|1 afgesloten dossier|[\\d.]+ afgesloten dossiers) geanonimiseerd\\.$"));
        assertThat(page.locator("#toegepast-AUDIT_ENTRIES")).hasText("Geen auditregels verwijderd: ze blijven zolang hun dossier.");
        assertThat(page.locator("#toegepast-TOKENS")).hasText(Pattern.compile(
                "^(Geen gebruikte of verlopen links|1 gebruikte of verlopen link|[\\d.]+ gebruikte of verlopen links) verwijderd\\.$"));
        buttonBack();
        assertAccessible("/beheer/bewaartermijnen, the periods applied (nl)");
        screenshot("bewaartermijnen-toegepast-nl");

        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.locator("#toepassing\\:pasToe").click();
        assertThat(page.locator("#toepassing-samenvatting")).containsText("Retention periods applied on");
        assertThat(page.locator("#toegepast-CLOSED_CASES")).hasText(Pattern.compile(
                "^(No closed cases|1 closed case|[\\d,]+ closed cases) anonymised\\.$"));
        assertThat(page.locator("main")).not().containsText("???");
        buttonBack();
        assertAccessible("/beheer/bewaartermijnen, the periods applied (en)");
        screenshot("bewaartermijnen-toegepast-en");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
    }

    @Test
    void aCoordinatorFindsAYoungPersonsCaseAndCorrectsTheirLastNameOnTheCasePage() {
        String firstName = ReferralApiIT.uniqueFirstName();
        JsonObject sent = ReferralApiIT.submit("professional", ReferralApiIT.intake(firstName, true));
        String id = sent.getString("id");
        String reference = sent.getString("reference");
        LocalDate born = ReferralApiIT.birthDate();

        logIn("coordinator", PW);
        open("/meldpunt");
        page.locator("#naarBetrokkene").click();
        assertThat(page.locator("h1")).hasText("Verzoek van een betrokkene");

        // nothing filled in: each missing field next to it and in the summary
        page.locator("#jongere\\:zoekJongere").click();
        Locator summary = page.locator("#foutoverzicht");
        assertThat(summary).containsText("Vul de voornaam van de jongere in.");
        assertThat(summary).containsText("Vul de achternaam van de jongere in.");
        assertThat(summary).containsText("Vul de geboortedatum van de jongere in.");
        assertThat(page.locator(".field:has(#jongere\\:geboortedatum) .ui-message")).containsText("Vul de geboortedatum van de jongere in.");
        assertThat(page.locator("#resultaat-samenvatting")).hasCount(0);
        assertAccessible("/meldpunt/betrokkene, nothing filled in (nl)");
        screenshot("betrokkene-fouten-nl");

        // an address nobody has: said so, no downloads
        String nobody = "niemand-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        page.locator("#adres\\:email").fill(nobody);
        page.locator("#adres\\:zoekAdres").click();
        assertThat(page.locator("#resultaat-samenvatting")).hasText("Draaischijf bewaart niets over " + nobody + ".");
        assertThat(page.locator("#foutoverzicht")).hasCount(0);
        assertThat(page.locator(".field:has(#jongere\\:voornaam)")).not().containsText("Vul de voornaam van de jongere in.");
        assertThat(page.locator("#exportPdf")).hasCount(0);
        assertAccessible("/meldpunt/betrokkene, nothing found (nl)");
        screenshot("betrokkene-niets-nl");

        // the young person: their case, in words, the answer focused; the two downloads for the same search
        searchYoungPerson(firstName, born);
        Locator answer = page.locator("#resultaat-samenvatting");
        assertThat(answer).hasText(Pattern.compile("^Draaischijf bewaart (1 registratie|\\d+ registraties) over " + firstName
                + " Voorbeeld, geboren op " + day(born, DUTCH) + "\\.$"));
        assertThat(answer).isFocused();
        Locator caseLink = page.locator("#gevonden-referral a.case-link");
        assertThat(caseLink).hasText(reference);
        assertThat(caseLink).hasAttribute("href", Pattern.compile(".*/meldpunt/dossiers/" + id + "$"));
        assertThat(page.locator("#gevonden-referral")).containsText("Dossier");
        assertThat(page.locator("#exportPdf")).hasAttribute("href", Pattern.compile(".*/api/data-subjects/export\\?firstName="
                + firstName + "&lastName=Voorbeeld&birthDate=" + born + "&format=pdf$"));
        assertThat(page.locator("#exportJson")).hasAttribute("href", Pattern.compile(".*&format=json$"));
        assertAccessible("/meldpunt/betrokkene, a young person found (nl)");
        screenshot("betrokkene-gevonden-nl");

        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        searchYoungPerson(firstName, born);
        assertThat(page.locator("#resultaat-samenvatting")).hasText(Pattern.compile("^Draaischijf keeps (1 record|\\d+ records) about "
                + firstName + " Voorbeeld, born on " + day(born, ENGLISH) + "\\.$"));
        assertThat(page.locator("#exportPdf")).hasText("Download as PDF");
        assertThat(page.locator("main")).not().containsText("???");
        assertAccessible("/meldpunt/betrokkene, a young person found (en)");
        screenshot("betrokkene-gevonden-en");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "nl");

        // the case page: the last name corrected, first refused because someone changed the case meanwhile
        searchYoungPerson(firstName, born);
        page.locator("#gevonden-referral a.case-link").click();
        assertThat(page.locator("h1")).hasText("Dossier " + reference);
        Locator lastName = page.locator("#verbeteren\\:verbeterAchternaam");
        assertThat(lastName).hasValue("Voorbeeld");
        assertThat(page.locator("#verbeteren\\:verbeterVoornaam")).hasValue(firstName);
        ReferralApiIT.toStatus(id, "IN_ANALYSIS");
        lastName.fill("Verbeterd");
        page.locator("#verbeteren\\:bewaarVerbetering").click();
        assertThat(page.locator("#messages")).containsText("Iemand anders wijzigde dit dossier intussen.");
        assertThat(lastName).hasValue("Verbeterd");
        assertAccessible("/meldpunt/dossiers/{id}, a correction after a change meanwhile (nl)");
        screenshot("dossier-verbeteren-intussen-gewijzigd-nl");

        page.locator("#verbeteren\\:bewaarVerbetering").click();
        assertThat(page.locator("#messages")).containsText("De gegevens van de jongere zijn verbeterd.");
        assertThat(page.locator("section:has(#samenvatting-jongere) dl")).containsText(firstName + " Verbeterd");
        assertThat(lastName).hasValue("Verbeterd");
        // the old value on the timeline, in words (never in the audit log: ADR 0040)
        assertThat(page.locator("#tijdlijn-lijst")).containsText("Achternaam van de jongere verbeterd; was „Voorbeeld”.");
        assertAccessible("/meldpunt/dossiers/{id}, the last name corrected (nl)");
        screenshot("dossier-verbeterd-nl");

        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#verbeteren-titel")).hasText("Correct details");
        assertThat(page.locator("main")).not().containsText("???");
        assertAccessible("/meldpunt/dossiers/{id}, correcting details (en)");
        screenshot("dossier-verbeteren-en");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
    }

    @Test
    void anAdministratorErasesACaseOnRequestAfterConfirmingInPlace() {
        String firstName = ReferralApiIT.uniqueFirstName();
        JsonObject sent = ReferralApiIT.submit("professional", ReferralApiIT.intake(firstName, true));
        String id = sent.getString("id");
        String reference = sent.getString("reference");

        logIn("admin", PW);
        open("/meldpunt/dossiers/" + id);
        page.locator("#breekglas\\:reden").fill(BreakGlassIT.REASON);
        page.locator("#breekglas\\:openDossier").click();
        assertThat(page.locator("#breekglas-banner")).isVisible();
        assertThat(page.locator("#wissen-titel")).hasText("Wissen op verzoek");
        assertThat(page.locator("#verbeteren-titel")).hasCount(0); // correcting is the coordinators'

        // no reason, then one too short: said next to the field and in the summary; nothing asked yet
        page.locator("#wissen\\:vraagWissen").click();
        assertThat(page.locator("#foutoverzicht")).containsText("Schrijf waarom dit dossier gewist wordt.");
        page.locator("#wissen\\:wisReden").fill("te kort");
        page.locator("#wissen\\:vraagWissen").click();
        assertThat(page.locator("#foutoverzicht")).containsText("Schrijf de reden in 10 tot 500 tekens.");
        assertThat(page.locator(".field:has(#wissen\\:wisReden) .ui-message")).containsText("Schrijf de reden in 10 tot 500 tekens.");
        assertThat(page.locator("#wis-bevestig-titel")).hasCount(0);
        assertAccessible("/meldpunt/dossiers/{id}, an erasure without a good reason (nl)");
        screenshot("dossier-wissen-reden-nl");

        // a reason: the page asks in place, its question focused; "Annuleren" erases nothing and goes back to the button
        page.locator("#wissen\\:wisReden").fill(ERASURE_REASON);
        page.locator("#wissen\\:vraagWissen").click();
        Locator question = page.locator("#wis-bevestig-titel");
        assertThat(question).hasText("Dossier " + reference + " nu wissen?");
        assertThat(question).isFocused();
        assertThat(page.locator("#wis-reden-herhaald")).hasText("Reden: " + ERASURE_REASON);
        assertThat(page.locator("#wis-gevolgen")).containsText("kan niet ongedaan gemaakt worden");
        assertAccessible("/meldpunt/dossiers/{id}, erasing asked to confirm (nl)");
        screenshot("dossier-wissen-bevestigen-nl");
        page.locator("#wissen\\:annuleerWissen").click();
        assertThat(page.locator("#wissen\\:vraagWissen")).isFocused();
        assertThat(page.locator("#wissen\\:wisReden")).hasValue(ERASURE_REASON);
        assertThat(page.locator("main")).containsText(firstName);

        // confirmed: the case is anonymised at once, and the page says so
        page.locator("#wissen\\:vraagWissen").click();
        page.locator("#wissen\\:bevestigWissen").click();
        assertThat(page.locator("#messages")).containsText("Dossier " + reference + " is gewist op verzoek");
        assertThat(page.locator("#geanonimiseerd")).containsText("Dit dossier is geanonimiseerd.");
        assertThat(page.locator("section:has(#samenvatting-jongere) dl")).containsText("Geanonimiseerd");
        assertThat(page.locator("main")).not().containsText(firstName);
        assertThat(page.locator("main")).not().containsText("Spijbelt");
        assertThat(page.locator("main")).not().containsText("Testschool Kiel");
        assertThat(page.locator("#wissen-titel")).hasCount(0);
        assertAccessible("/meldpunt/dossiers/{id}, erased on request (nl)");
        screenshot("dossier-gewist-nl");

        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#geanonimiseerd")).containsText("This case has been anonymised.");
        assertThat(page.locator("section:has(#samenvatting-jongere) dl")).containsText("Anonymised");
        assertThat(page.locator("main")).not().containsText("???");
        assertAccessible("/meldpunt/dossiers/{id}, erased on request (en)");
        screenshot("dossier-gewist-en");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
    }

    /** On /meldpunt/betrokkene: the young person's names and birth date, then "Zoeken" ("Search"). */
    private void searchYoungPerson(String firstName, LocalDate born) {
        page.locator("#jongere\\:voornaam").fill(firstName);
        page.locator("#jongere\\:achternaam").fill("Voorbeeld");
        page.locator("#jongere\\:geboortedatum").fill(born.toString());
        page.locator("#jongere\\:zoekJongere").click();
        assertThat(page.locator("#resultaat-samenvatting")).containsText(firstName);
    }

    private static String day(LocalDate day, Locale language) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", language).format(day);
    }

    /**
     * PrimeFaces disables the clicked button during its Ajax request and enables it after the answer is shown: the page
     * is checked once the button is back (a disabled, pale button is a passing moment), with the pointer off it.
     */
    private void buttonBack() {
        assertThat(page.locator("#toepassing\\:pasToe")).not().hasClass(Pattern.compile("ui-state-disabled"));
        page.mouse().move(0, 0);
    }
}
