package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The way in (issue 15): a professional who has never used Draaischijf goes from the home page to a sent question
 * without typing an address: what happens with it and what to have at hand, then an account made on the way, and back
 * to the form. "Inloggen" is logging in; "Een vraag stellen" is the question.
 */
class WayInIT extends BrowserTest {

    static final String PASSWORD = "een eigen lang wachtwoord";

    @Test
    void aFirstTimeProfessionalGoesFromTheHomePageToASentQuestion() {
        String email = AccountSignUpIT.unique("eerstekeer");
        open("/");
        assertThat(page.locator(".login-link")).hasText("Inloggen");
        page.locator("#deurVraag").click();
        assertThat(page).hasURL(Pattern.compile(".*/vraag$"));
        assertThat(page.locator("h1")).hasText("Een vraag stellen over een jongere");
        assertThat(page.locator("#wat-nodig")).isVisible();
        assertThat(page.locator("#contactpunten-telefoon")).containsText("Netsterk Kiel");
        assertAccessible("/vraag, the start page (nl)");
        screenshot("vraag-nl");

        page.locator("#startVraag").click();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?next=%2Faanmelden$"));
        assertThat(page.locator("h1")).hasText("Inloggen");
        page.locator("#accountAanmaken").click();
        signUpAndConfirm("Fien Eerstekeer (fictief)", email, PASSWORD);
        page.locator("#naarAanmelden").click();
        assertThat(page.locator("#welkom")).containsText("Log in met je e-mailadres");
        page.locator("#login\\:username").fill(email);
        page.locator("input[type=password]").fill(PASSWORD);
        page.locator("#login\\:submit").click();

        // back at the form, where the question is asked: the first time, where they work comes from their account
        assertThat(page).hasURL(Pattern.compile(".*/aanmelden$"));
        assertThat(page.locator("#intake\\:aanmelderEmail")).hasValue(email);
        assertThat(page.locator("#intake\\:aanmelderOrganisatie")).hasValue("Testschool Kiel (fictief)");
        assertThat(page.locator("#intake\\:aanmelderFunctie")).hasValue("leerlingbegeleider");
        assertThat(page.locator("#intake\\:aanmelderSector")).hasValue("");
        assertThat(page.locator("#aanmelder-hint")).containsText("uit je account");
        ProductionStartIT.fillIntake(page, "Jonas");
        page.locator("#intake\\:aanmelderNaam").fill("Fien Eerstekeer (fictief)");
        page.locator("#intake\\:aanmelderOrganisatie").fill("Jeugdhuis Kiel (fictief)");
        page.locator("#intake\\:aanmelderSector").selectOption("YOUTH");
        page.locator("#intake\\:aanmelderFunctie").fill("jeugdwerker");
        page.locator("#intake\\:aanmelderTelefoon").fill("03 000 00 07");
        page.locator("#intake\\:controleer").click();
        assertThat(page.locator("#stap-titel")).isFocused();
        page.locator("#intake\\:verstuur").click();
        assertThat(page).hasURL(Pattern.compile(".*/mijn/aanmeldingen/[0-9a-f-]{36}$"));
        assertThat(page.locator("#messages")).containsText("Je vraag is verstuurd met kenmerk DS-");

        // the next question: organisation, sector, function and phone as they were in the last one, to check or change
        open("/aanmelden");
        assertThat(page.locator("#intake\\:aanmelderOrganisatie")).hasValue("Jeugdhuis Kiel (fictief)");
        assertThat(page.locator("#intake\\:aanmelderSector")).hasValue("YOUTH");
        assertThat(page.locator("#intake\\:aanmelderFunctie")).hasValue("jeugdwerker");
        assertThat(page.locator("#intake\\:aanmelderTelefoon")).hasValue("03 000 00 07");
        assertThat(page.locator("#intake\\:voornaam")).hasValue("");
        assertThat(page.locator("#aanmelder-hint")).containsText("uit je vorige vraag");
        assertAccessible("/aanmelden filled in from the last question (nl)");
        screenshot("aanmelden-vorige-vraag-nl");
        open("/aanmelden?lang=en");
        assertThat(page.locator("#intake\\:aanmelderOrganisatie")).hasValue("Jeugdhuis Kiel (fictief)");
        assertThat(page.locator("#intake\\:aanmelderSector")).hasValue("YOUTH");
        assertThat(page.locator("#aanmelder-hint")).containsText("from your last question");
        assertAccessible("/aanmelden filled in from the last question (en)");
        screenshot("aanmelden-vorige-vraag-en");
        open("/aanmelden?lang=nl");
    }

    @Test
    void theStartPageAndTheContactPageReadInEnglishAndLeadToTheForm() {
        open("/vraag?lang=en");
        assertThat(page.locator("h1")).hasText("Ask a question about a young person");
        assertThat(page.locator("#startVraag")).hasText(Pattern.compile("Start now"));
        assertAccessible("/vraag, the start page (en)");
        screenshot("vraag-en");
        open("/contact");
        assertThat(page.locator("#contactVraag")).hasText("Ask a question about a young person");
        page.locator("#contactVraag").click();
        assertThat(page).hasURL(Pattern.compile(".*/vraag$"));
        page.locator("#startVraag").click();
        assertThat(page.locator("h1")).hasText("Log in");
        open("/?lang=nl");
    }

    @Test
    void aPartnerHasAPageWithItsOffersAndAnOfferLinksToIt() {
        open("/partners");
        page.locator("#partnersForm a.strong-link:has-text('Arktos')").click();
        assertThat(page).hasURL(Pattern.compile(".*/partners/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).hasText("Arktos");
        assertThat(page.locator("#partnerFeiten")).containsText("Uitvalpreventie");
        assertThat(page.locator("#partnerAanbod li").first()).isVisible();
        assertAccessible("/partners/{id} (nl)");
        screenshot("partner-detail-nl");
        String partner = page.url();
        page.locator("#partnerAanbod a").first().click();
        assertThat(page).hasURL(Pattern.compile(".*/aanbod/[0-9a-f-]{36}$"));
        assertThat(page.locator("#werkgebied")).not().hasText(Pattern.compile("[A-Z]{3,}_|\\b[A-Z]{4,}\\b"));
        page.locator("#organisatieLink").click();
        assertThat(page).hasURL(partner);
        open(partner.substring(baseUrl.length()) + "?lang=en");
        assertThat(page.locator("#aanbod-titel")).hasText("Offers");
        assertAccessible("/partners/{id} (en)");
        screenshot("partner-detail-en");
        open("/partners?lang=nl");
        open("/partners/00000000-0000-0000-0000-000000000000");
        assertThat(page.locator("h1")).not().hasText("Arktos");
    }

    @Test
    void anErrorSummaryAppearsIsFocusedAndItsLinksMoveFocusToTheField() {
        for (String language : java.util.List.of("nl", "en")) {
            open("/login?lang=" + language);
            page.locator("#login\\:submit").click();
            assertThat(page.locator("#foutoverzicht")).isFocused();
            assertThat(page.locator("#foutoverzicht h2")).hasText("nl".equals(language) ? "Er is een probleem" : "There is a problem");
            assertThat(page.locator("#foutoverzicht a")).hasCount(2);
            page.locator("#foutoverzicht a").nth(1).click();
            assertThat(page.locator("#login\\:password")).isFocused();
            page.locator("#foutoverzicht a").first().click();
            assertThat(page.locator("#login\\:username")).isFocused();
            assertAccessible("/login, the error summary (" + language + ")");
            screenshot("foutoverzicht-" + language);
        }
        open("/login?lang=nl");
    }

    @Test
    void theQuestionFormSaysPerFieldWhatIsMissingInTheOrderOfTheFieldsAndKeepsWhatWasTyped() {
        logIn("professional", "demo");
        open("/aanmelden");
        page.locator("#intake\\:school").fill("Testschool Kiel (fictief)");
        page.locator("#intake\\:controleer").click();

        // the summary, focused, says per field what to do, top to bottom as the fields are; no line of its own beside it
        assertThat(page.locator("#foutoverzicht")).isFocused();
        assertThat(page.locator("#foutoverzicht a")).containsText(new String[] {"Vul de voornaam van de jongere in.",
                "Vul de achternaam van de jongere in.", "Vul de geboortedatum van de jongere in.",
                "Kies de wijk waar de jongere woont.", "Kies de schoolsituatie van de jongere.",
                "Vul de vraag over de jongere in.", "Kies minstens één probleemgebied waar de vraag over gaat."});
        // (the referrer's organisation and sector come from this professional's last question: ADR 0039)
        // a specific message says it all: the summary gives it as next to the field, without the label before it
        assertThat(page.locator("#foutoverzicht a").first()).hasText("Vul de voornaam van de jongere in.");
        assertThat(page.locator("#messages")).not().containsText("Niet alles is goed ingevuld");
        assertThat(page.locator(".field:has(#intake\\:geboortedatum) .ui-message"))
                .containsText("Vul de geboortedatum van de jongere in.");
        assertThat(page.locator("#intake\\:school")).hasValue("Testschool Kiel (fictief)");
        page.locator("#foutoverzicht a[data-veld='intake:geboortedatum']").click();
        assertThat(page.locator("#intake\\:geboortedatum")).isFocused();

        // in English the same, and a birth date still to come is not taken (nor lost)
        String nextYear = LocalDate.now().plusYears(1).toString();
        open("/aanmelden?lang=en");
        page.locator("#intake\\:geboortedatum").fill(nextYear);
        page.locator("#intake\\:controleer").click();
        assertThat(page.locator("#foutoverzicht")).isFocused();
        assertThat(page.locator("#foutoverzicht a")).containsText(new String[] {"Enter the young person's first name.",
                "Enter the young person's last name.", "The date of birth must be in the past.",
                "Choose the neighbourhood where the young person lives.", "Enter the question about the young person."});
        assertThat(page.locator(".field:has(#intake\\:voornaam) .ui-message"))
                .containsText("Enter the young person's first name.");
        assertThat(page.locator("#intake\\:geboortedatum")).hasValue(nextYear);
        open("/aanmelden?lang=nl");
    }
}
