package be.draaischijf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A fresh browser context (no cookies) per test, against the deployed application. */
abstract class BrowserTest {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    static Playwright playwright;
    static Browser browser;
    static String baseUrl;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchBrowser() {
        baseUrl = DeployedApp.baseUrl();
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    void open(String path) {
        page.navigate(baseUrl + path);
    }

    /** Opens a whole address as it was handed out, such as a link in a mail ({@link MailLinks}). */
    void follow(String address) {
        page.navigate(address);
    }

    /** Logs in and shows the pages in Dutch, whatever language the account last chose. */
    void logIn(String username, String password) {
        logInAsIs(username, password);
        if ("en".equals(page.locator("html").getAttribute("lang"))) {
            page.locator(".language-switch").click();
            page.waitForLoadState();
        }
    }

    /** Logs in without touching the account's remembered language. */
    void logInAsIs(String username, String password) {
        open("/login");
        page.getByLabel(page.locator("html").getAttribute("lang").equals("en") ? "Username" : "Gebruikersnaam")
                .fill(username);
        page.locator("input[type=password]").fill(password);
        page.locator("#login\\:submit").click();
        page.waitForLoadState();
    }

    /** The page has no serious or critical WCAG 2.1 A/AA violation. */
    void assertAccessible(String what) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        List<Rule> severe = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertThat(severe)
                .as(what + ": " + severe.stream()
                        .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; ")))
                .isEmpty();
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(DeployedApp.database()).resolve(name + ".png"))
                .setFullPage(true));
    }

    List<String> navigation() {
        return page.locator("nav.site-nav a").allTextContents().stream().map(String::strip).toList();
    }
}
