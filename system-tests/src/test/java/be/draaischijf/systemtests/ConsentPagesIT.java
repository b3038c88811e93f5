package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Consent that can change, in the pages (issue 16, ADR 0041): on the case page the coordinator records, with the
 * keyboard alone, that the young person withdrew consent; the "Toestemming" section and the timeline say so in words,
 * in Dutch and in English; the form's mistakes show next to the fields and in the error summary. The partner's page of
 * the referral then says that the young person's details are no longer shown, instead of blanks. A page journey (H2
 * only, like PartnerStartPageIT): what the module stores and answers runs on both databases in ConsentDatabaseTest and
 * ConsentWithdrawalIT.
 */
class ConsentPagesIT extends BrowserTest {

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    static final Locale ENGLISH = Locale.forLanguageTag("en");
    static final String WITHHELD_NL = "De gegevens van de jongere zijn niet meer zichtbaar: de toestemming is ingetrokken.";
    static final String WITHHELD_EN = "The young person's details are no longer shown: consent was withdrawn.";

    @Test
    void aCoordinatorRecordsAWithdrawalWithTheKeyboardAndThePartnerPageSaysTheDetailsAreNoLongerShown() {
        String firstName = ReferralApiIT.uniqueFirstName();
        ReferralApiIT.Referred referred = ReferralApiIT.referredToDePassage(firstName);
        String caseId = referred.caseId();
        String reference = referred.reference();
        String sent = referred.offerReferralId();
        LocalDate consented = LocalDate.now().minusDays(1);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));

        logIn("coordinator", "demo");
        open("/meldpunt/dossiers/" + caseId);
        assertThat(page.locator("#toestemming-titel")).hasText("Toestemming");
        assertThat(page.locator("#toestemming-waarde")).hasText("Toestemming van de jongere en een ouder of voogd op "
                + day(consented, DUTCH) + " (mondeling, in een gesprek).");
        assertThat(page.locator("#toestemming-ingetrokken")).hasCount(0);

        // sent without saying who or what: each mistake next to its field and in the summary, in words
        Locator save = page.locator("#toestemmingForm\\:bewaarToestemming");
        save.focus();
        page.keyboard().press("Enter");
        Locator summary = page.locator("#foutoverzicht");
        assertThat(summary).containsText("Kies wie de toestemming geeft of intrekt.");
        assertThat(summary).containsText("Kies of de toestemming gegeven of ingetrokken wordt.");
        assertThat(summary).containsText("Kies hoe de toestemming gegeven of ingetrokken werd.");
        assertThat(page.locator("fieldset:has(#toestemmingForm\\:toestemmingDoor) .ui-message"))
                .containsText("Kies wie de toestemming geeft of intrekt.");
        assertAccessible("/meldpunt/dossiers/{id}, the consent form with its mistakes (nl)");
        screenshot("dossier-toestemming-fouten-nl");

        // with the keyboard: the young person, withdraws, today (already filled in), by phone, then "Toestemming vastleggen"
        Locator youngPerson = page.locator("#toestemmingForm\\:toestemmingDoor\\:0");
        youngPerson.focus();
        page.keyboard().press("Space");
        assertThat(youngPerson).isChecked();
        page.keyboard().press("Tab");
        assertThat(page.locator("#toestemmingForm\\:toestemmingGegeven\\:0")).isFocused();
        page.keyboard().press("ArrowDown");
        Locator withdraws = page.locator("#toestemmingForm\\:toestemmingGegeven\\:1");
        assertThat(withdraws).isFocused();
        assertThat(withdraws).isChecked();
        assertThat(page.locator("#toestemmingForm\\:toestemmingOp")).hasValue(today.toString());
        Locator how = page.locator("#toestemmingForm\\:toestemmingHoe");
        how.focus();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        assertThat(how).hasValue("BY_PHONE");
        page.keyboard().press("Tab");
        assertThat(save).isFocused();
        page.keyboard().press("Enter");

        assertThat(page.locator("#messages")).containsText("De intrekking van de toestemming is vastgelegd.");
        assertThat(page.locator("#toestemming-waarde")).hasText("Ingetrokken door de jongere op " + day(today, DUTCH)
                + " (telefonisch). Er wordt niets meer gedeeld op grond van toestemming.");
        assertThat(page.locator("#toestemming-ingetrokken")).containsText("zien nu alleen nog het kenmerk");
        assertThat(page.locator("#andereGrond")).hasAttribute("href", "#delen");
        assertThat(page.locator("#delen-waarde")).hasText("Niet toegestaan (geen toestemming of grond)");
        assertThat(page.locator("#grondForm")).isVisible();
        assertThat(page.locator("#tijdlijn-lijst")).containsText("Toestemming ingetrokken door de jongere op " + day(today, DUTCH)
                + " (telefonisch)");
        assertAccessible("/meldpunt/dossiers/{id} after consent was withdrawn (nl)");
        screenshot("dossier-toestemming-ingetrokken-nl");

        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#toestemming-titel")).hasText("Consent");
        assertThat(page.locator("#toestemming-waarde")).hasText("Withdrawn by the young person on " + day(today, ENGLISH)
                + " (by phone). Nothing is shared on the ground of consent any more.");
        assertThat(page.locator("#andereGrond")).hasText("Record another legal ground");
        assertThat(page.locator("#tijdlijn-lijst")).containsText("Consent withdrawn by the young person on " + day(today, ENGLISH));
        assertThat(page.locator("main")).not().containsText("???");
        assertAccessible("/meldpunt/dossiers/{id} after consent was withdrawn (en)");
        screenshot("dossier-toestemming-ingetrokken-en");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "nl");

        // De Passage: the reference and the status, and why the rest is no longer there
        openContext();
        logIn("partner.depassage", "demo");
        open("/partner/doorverwijzingen/" + sent);
        assertThat(page.locator("h1")).hasText("Doorverwijzing " + reference);
        assertThat(page.locator("#status")).hasText("Voorgesteld, wacht op antwoord");
        assertThat(page.locator("#gegevens-niet-zichtbaar")).hasText(WITHHELD_NL);
        assertThat(page.locator("#aanmelder-niet-gedeeld")).containsText("geven we niet meer door");
        assertThat(page.locator("main")).not().containsText(firstName);
        assertThat(page.locator("main")).not().containsText("Spijbelt");
        assertThat(page.locator("main")).not().containsText("Demo Leerlingbegeleider");
        assertAccessible("/partner/doorverwijzingen/{id}, details withheld after a withdrawal (nl)");
        screenshot("partner-doorverwijzing-toestemming-ingetrokken-nl");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#gegevens-niet-zichtbaar")).hasText(WITHHELD_EN);
        assertThat(page.locator("main")).not().containsText("???");
        assertAccessible("/partner/doorverwijzingen/{id}, details withheld after a withdrawal (en)");
        screenshot("partner-doorverwijzing-toestemming-ingetrokken-en");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "nl");

        // the full list says the same: the newest running referral leads it
        open("/partner");
        Locator row = page.locator("#referralsForm\\:referrals tr", new Page.LocatorOptions().setHasText(reference));
        assertThat(row).hasCount(1);
        assertThat(row).containsText(WITHHELD_NL);
        assertThat(row).not().containsText(firstName);
    }

    private static String day(LocalDate day, Locale language) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", language).format(day);
    }
}
