package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

/** Anyone searches the offers without logging in; a search is a URL that can be shared. */
class OfferSearchIT extends BrowserTest {

    @Test
    void anonymousSearchByProblemAreaFindsTheDemoOffersAndTheSearchIsAShareableUrl() {
        open("/aanbod");
        page.getByLabel("Probleemgebied").selectOption(new SelectOption().setLabel("Middelengebruik"));
        page.locator("#search\\:zoek").click();

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/aanbod\\?.*probleem=SUBSTANCE_USE.*"));
        assertThat(page.locator(".offer-link")).hasText(new String[] {"Jeugdinterventie straatwerk", "Preventie middelengebruik"});

        String shared = page.url();
        context.clearCookies();
        page.navigate(shared);
        assertThat(page.locator(".offer-link")).hasCount(2);
        assertThat(page.getByLabel("Probleemgebied")).hasValue("SUBSTANCE_USE");
    }

    @Test
    void filtersCombineAgeDistrictAccessAndText() {
        open("/aanbod?leeftijd=14&wijk=KIEL&toegang=DIRECT&probleem=WELLBEING");

        assertThat(page.locator(".offer-link")).hasText(new String[] {"Buurtwerking jongeren Kiel",
                "Groepswerk: sterk in je vel", "Jongerenonthaal (JAC)", "Vrijetijdspas en jeugdwerking"});

        page.getByLabel("Zoekterm").fill("kiel");
        page.locator("#search\\:zoek").click();
        assertThat(page.locator(".offer-link")).hasText(new String[] {"Buurtwerking jongeren Kiel"});
    }

    @Test
    void anOfferPageSaysHowToApply() {
        open("/aanbod?q=spijbel");
        page.locator(".offer-link").first().click();

        assertThat(page.locator("h1")).hasText("Schoolbegeleiding bij spijbelen");
        assertThat(page.locator("#aanmelden")).hasText("Zo meld je aan");
        assertThat(page.locator("main")).containsText("Elegast");
        assertThat(page.locator("main")).containsText("12–18 jaar");
        assertAccessible("offer page (nl)");
        screenshot("aanbod-detail-nl");
        page.locator(".language-switch").click();
        assertThat(page.locator("#aanmelden")).hasText("How to apply");
        assertAccessible("offer page (en)");
        screenshot("aanbod-detail-en");
    }

    @Test
    void aWrongAgeInASharedUrlIsExplainedInDutchAndIgnored() {
        open("/aanbod?leeftijd=99");

        assertThat(page.locator("#messages")).containsText("Vul een leeftijd in tussen 0 en 25 jaar.");
        assertThat(page.locator(".offer-link")).hasCount(10);
    }

    @Test
    void aWrongAgeInTheFormIsExplainedNextToTheField() {
        open("/aanbod");
        page.getByLabel("Leeftijd van de jongere").fill("abc");
        page.locator("#search\\:zoek").click();

        assertThat(page.locator(".field:has(#search\\:leeftijd) .ui-message")).containsText("tussen 0 en 25");
        assertAccessible("/aanbod with a field error");
    }

    @Test
    void anUnknownOfferIsNotFound() {
        open("/aanbod/00000000-0000-0000-0000-000000000000");

        assertThat(page.locator("h1")).hasText("Pagina niet gevonden");
    }

    @Test
    void theSearchPageIsAccessibleInDutchAndEnglishAlsoOnItsSecondPage() {
        open("/aanbod");
        assertAccessible("/aanbod (nl)");
        screenshot("aanbod-nl");
        page.locator(".ui-paginator-next").click();
        assertThat(page.locator(".ui-paginator-current")).containsText("Pagina 2 van 2");
        assertAccessible("/aanbod page 2 (nl)");

        open("/aanbod?lang=en");
        assertThat(page.locator("h1")).hasText("Find an offer");
        assertAccessible("/aanbod (en)");
        screenshot("aanbod-en");
        open("/aanbod?lang=nl");
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertThat(navigation()).contains("Aanbod zoeken");
    }

    @Test
    void resultsShowAsCardsOrAsATableThatDownloadsAsCsvAndXlsx() throws Exception {
        open("/aanbod?probleem=ABSENTEEISM");
        assertThat(page.locator(".offer-card")).not().hasCount(0);
        assertThat(page.locator("#kaarten")).hasAttribute("aria-current", "page");

        page.locator("#tabel").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("weergave=tabel.*probleem=ABSENTEEISM"));
        assertThat(page.locator("#results\\:offers")).containsText("Schoolbegeleiding bij spijbelen");
        assertAccessible("/aanbod as a table (nl)");
        screenshot("aanbod-tabel-nl");

        com.microsoft.playwright.Download csv = page.waitForDownload(() -> page.locator("#results\\:exportCsv").click());
        String text = java.nio.file.Files.readString(csv.path());
        assertThat(text).contains("Aanbod").contains("Schoolbegeleiding bij spijbelen").doesNotContain("Buurtwerking jongeren Kiel");
        com.microsoft.playwright.Download xlsx = page.waitForDownload(() -> page.locator("#results\\:exportXlsx").click());
        assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
        byte[] workbook = java.nio.file.Files.readAllBytes(xlsx.path());
        assertThat(new String(workbook, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).as("a zip, as XLSX is").isEqualTo("PK");
    }
}
