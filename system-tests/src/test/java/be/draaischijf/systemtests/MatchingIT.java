package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A coordinator finds the offers that can take a young person, ranked, with the reasons in words. */
class MatchingIT extends BrowserTest {

    @BeforeEach
    void logInAsCoordinator() {
        logIn("coordinator2", "demo");
        open("/meldpunt/matching");
    }

    @Test
    void offersAreRankedWithReasonsInDutch() {
        page.getByLabel("Leeftijd van de jongere").fill("15");
        page.getByLabel("Wijk of district").selectOption(new SelectOption().setLabel("Kiel"));
        page.getByLabel("Taal van de jongere").selectOption(new SelectOption().setLabel("Nederlands"));
        page.getByLabel("Spijbelen").check();
        page.getByLabel("Schooluitval").check();
        page.locator("#matching\\:zoek").click();

        Locator matches = page.locator(".match");
        assertThat(matches.locator(".offer-link")).hasText(new String[] {"Schoolbegeleiding bij spijbelen",
                "Buurtwerking jongeren Kiel", "Dagcentrum De Passage", "Time-out traject"});
        assertThat(matches.nth(1).locator(".reason")).containsText(new String[] {"leeftijd past",
                "werkt rond Schooluitval", "wijk Kiel", "in het Nederlands", "geen wachttijd", "rechtstreeks toegankelijk"});
        assertThat(matches.nth(3).locator(".reason")).containsText(new String[] {"wachttijd 6 weken"});
        assertAccessible("/meldpunt/matching with results (nl)");
        screenshot("matching-nl");
    }

    @Test
    void withoutAProblemAreaTheFormSaysWhatIsMissingNextToTheField() {
        page.getByLabel("Leeftijd van de jongere").fill("15");
        page.locator("#matching\\:zoek").click();

        assertThat(page.locator(".checkbox-group .ui-message")).containsText("Kies minstens één probleemgebied.");
        assertThat(page.locator(".match")).hasCount(0);
        assertAccessible("/meldpunt/matching with a missing field");
    }

    @Test
    void theReasonsAreInEnglishForEnglishReaders() {
        open("/meldpunt/matching?lang=en");
        page.locator("#matching\\:leeftijd").fill("17");
        page.getByLabel("Housing").check();
        page.locator("#matching\\:zoek").click();

        assertThat(page.locator(".match").first().locator(".reason")).containsText(new String[] {"age fits"});
        assertAccessible("/meldpunt/matching with results (en)");
        screenshot("matching-en");
        open("/meldpunt/matching?lang=nl");
    }
}
