package be.draaischijf.systemtests;

import static be.draaischijf.systemtests.ReferralApiIT.PW;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The reports page (issue 17), as a coordinator uses it: every section's chart is an image named after its table, and
 * the table beside it holds the same figures (its text alternative), in Dutch and in English; Chart.js comes from the
 * application itself; a section downloads as CSV; a period that ends before it starts is told next to its field and in
 * the error summary, and a whole year shows that year's figures; the annual report downloads as one PDF with the
 * coordinator's text. Every state through axe. A page journey on H2 only: the figures are the modules', whose queries
 * run on both databases in their own tests, and the API's answers are checked in ReportsIT.
 */
class ReportsPagesIT extends BrowserTest {

    private static final Pattern MONTH_NL = Pattern.compile(
            "^(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \\d{4}$");
    private static final Pattern MONTH_EN = Pattern.compile(
            "^(January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}$");

    @Test
    void everyChartIsAnImageNamedAfterItsTableWhichHoldsItsFiguresInDutchAndInEnglish() throws IOException {
        logIn("coordinator", PW);
        org.assertj.core.api.Assertions.assertThat(navigation()).contains("Rapporten");
        open("/meldpunt/rapporten");
        assertThat(page.locator("h1")).hasText("Rapporten");
        assertThat(page.locator("#rapport-samenvatting")).containsText("Cijfers van ");
        assertThat(page.locator("section.report-section")).hasCount(14);
        assertThat(page.locator("#tabel-month tbody tr").first().locator("th")).hasText(MONTH_NL);
        assertThat(page.locator("#tabel-month tbody tr")).hasCount(12);
        assertThat(page.locator("#rapport-capacityGap .report-note").first())
                .containsText(Pattern.compile("langer dan \\d+ (dag|dagen|week|weken|maand|maanden) moesten wachten"));
        everyChartHasItsTable();
        chartJsComesFromTheApplication();
        assertAccessible("/meldpunt/rapporten (nl)");
        screenshot("rapporten-nl");

        Download csv = page.waitForDownload(() -> page.locator("#csv-month").click());
        org.assertj.core.api.Assertions.assertThat(csv.suggestedFilename()).startsWith("rapport-aanmeldingen-per-maand-").endsWith(".csv");
        byte[] bytes = Files.readAllBytes(csv.path());
        org.assertj.core.api.Assertions.assertThat(bytes[0] & 0xff).as("UTF-8 byte order mark").isEqualTo(0xEF);
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        org.assertj.core.api.Assertions.assertThat(lines[0]).isEqualTo("Maand;Aanmeldingen");
        org.assertj.core.api.Assertions.assertThat(lines).hasSize(13);

        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Reports");
        assertThat(page.locator("#rapport-samenvatting")).containsText("Figures from ");
        assertThat(page.locator("#tabel-month tbody tr").first().locator("th")).hasText(MONTH_EN);
        assertThat(page.locator("#kop-capacityGap")).hasText("Capacity gap");
        assertThat(page.locator("main")).not().containsText("???");
        everyChartHasItsTable();
        assertAccessible("/meldpunt/rapporten (en)");
        screenshot("rapporten-en");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
    }

    @Test
    void aBadPeriodIsToldNextToItsFieldAndInTheSummaryAndAWholeYearShowsThatYear() {
        logIn("coordinator", PW);
        open("/meldpunt/rapporten");
        String shownBefore = page.locator("#rapport-samenvatting").textContent();

        page.locator("#periode\\:van").fill("2026-03-01");
        page.locator("#periode\\:tot").fill("2026-02-01");
        page.locator("#periode\\:toon").click();
        Locator summary = page.locator("#foutoverzicht");
        assertThat(summary).isFocused();
        assertThat(summary).containsText("De laatste dag mag niet voor de eerste dag liggen.");
        assertThat(page.locator(".field:has(#periode\\:tot) .ui-message"))
                .containsText("De laatste dag mag niet voor de eerste dag liggen.");
        // the figures shown stay until a good period is asked for
        assertThat(page.locator("#rapport-samenvatting")).hasText(shownBefore.strip());
        assertAccessible("/meldpunt/rapporten, a period that ends before it starts (nl)");
        screenshot("rapporten-foute-periode-nl");

        int year = LocalDate.now(ZoneId.of("Europe/Brussels")).getYear() - 1;
        page.locator("#periode\\:jaar").selectOption(String.valueOf(year));
        page.locator("#periode\\:contactpunt").selectOption("alle");
        page.locator("#periode\\:toonJaar").click();
        assertThat(page.locator("#rapport-samenvatting"))
                .containsText("Cijfers van 1 januari " + year + " tot en met 31 december " + year + ", Alle contactpunten");
        assertThat(page.locator("#rapport-samenvatting")).isFocused();
        assertThat(page.locator("#foutoverzicht")).hasCount(0);
        assertThat(page.locator("#periode\\:van")).hasValue(year + "-01-01");
        assertThat(page.locator("#tabel-month tbody tr")).hasCount(12);
        assertThat(page.locator("#csv-month")).hasAttribute("href",
                Pattern.compile(".*/api/reports/referrals\\?groupBy=month&from=" + year + "-01-01&to=" + year + "-12-31&language=nl&format=csv$"));
        everyChartHasItsTable();
        assertAccessible("/meldpunt/rapporten, a whole year (nl)");
    }

    @Test
    void theAnnualReportDownloadsAsOnePdfWithTheCoordinatorsText() throws IOException {
        logIn("coordinator", PW);
        open("/meldpunt/rapporten");
        int year = LocalDate.now(ZoneId.of("Europe/Brussels")).getYear();
        page.locator("#jaarrapport\\:jaarrapportJaar").selectOption(String.valueOf(year));
        page.locator("#jaarrapport\\:jaarrapportTekst")
                .fill("Een jaar van samenwerking tussen scholen en welzijn.\n\nDank aan alle partners van het netwerk.");
        assertAccessible("/meldpunt/rapporten, the annual report's text (nl)");

        Download annual = page.waitForDownload(() -> page.locator("#jaarrapport\\:jaarrapportDownload").click());
        org.assertj.core.api.Assertions.assertThat(annual.suggestedFilename()).isEqualTo("jaarrapport-" + year + ".pdf");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(annual.path()))) {
            org.assertj.core.api.Assertions.assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            org.assertj.core.api.Assertions.assertThat(text).contains("Jaarrapport " + year,
                    "Periode: van 1 januari " + year + " tot en met 31 december " + year,
                    "Een jaar van samenwerking tussen scholen en welzijn.", "Dank aan alle partners van het netwerk.",
                    "Aanmeldingen per maand", "januari " + year, "Doorlooptijden", "Capaciteitstekort", "Pagina 1");
            org.assertj.core.api.Assertions.assertThat(ReadsAsWords.findings(text)).as("the PDF says things in words").isEmpty();
            if (DeployedApp.takesScreenshots()) {
                BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 110);
                Path file = SCREENSHOTS.resolve(DeployedApp.runName()).resolve("jaarrapport-" + year + ".png");
                Files.createDirectories(file.getParent());
                ImageIO.write(first, "png", file.toFile());
            }
        }
        // the page stays as it was, ready for another year
        assertThat(page.locator("h1")).hasText("Rapporten");
        assertThat(page.locator("#jaarrapport\\:jaarrapportTekst")).hasValue(Pattern.compile("^Een jaar van samenwerking"));

        // published, it is one of the network's publications, for everyone
        page.locator("#jaarrapport\\:jaarrapportPubliceren").click();
        assertThat(page.locator(".page-messages")).containsText("Jaarrapport " + year + " is gepubliceerd");
        assertAccessible("/meldpunt/rapporten, the annual report published (nl)");
        screenshot("rapporten-jaarrapport-gepubliceerd-nl");
        open("/publicaties");
        assertThat(page.locator("main")).containsText("Jaarrapport " + year);
    }

    /** Each chart is an image whose name says it is its section's, and its section has the table with its figures. */
    private void everyChartHasItsTable() {
        List<Locator> charts = page.locator("section.report-section canvas").all();
        org.assertj.core.api.Assertions.assertThat(charts).as("the months always have a chart").isNotEmpty();
        for (Locator canvas : charts) {
            Locator section = canvas.locator("xpath=ancestor::section[contains(@class, 'report-section')]");
            String title = section.locator("h2").textContent().strip();
            assertThat(canvas).hasAttribute("role", "img");
            // (Playwright hands the pattern to the browser's RegExp, which knows no \\Q…\\E: compare in Java)
            org.assertj.core.api.Assertions.assertThat(canvas.getAttribute("aria-label")).contains(title);
            assertThat(section.locator("table")).hasCount(1);
            assertThat(section.locator("table caption")).hasText(title);
            assertThat(section.locator("table tbody tr")).not().hasCount(0);
        }
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate("() => [...document.querySelectorAll("
                + "'section.report-section canvas')].every(c => window.Chart && Chart.getChart(c) !== undefined)"))
                .as("Chart.js drew every chart").isTrue();
    }

    /** Chart.js is PrimeFaces' own copy, from this application: no script from anywhere else. */
    private void chartJsComesFromTheApplication() {
        @SuppressWarnings("unchecked")
        List<String> scripts = (List<String>) page.evaluate("() => [...document.scripts].filter(s => s.src).map(s => s.src)");
        org.assertj.core.api.Assertions.assertThat(scripts).anySatisfy(src ->
                org.assertj.core.api.Assertions.assertThat(src).contains("chart/chart.js"));
        org.assertj.core.api.Assertions.assertThat(scripts).allSatisfy(src ->
                org.assertj.core.api.Assertions.assertThat(src).startsWith(baseUrl));
    }
}
