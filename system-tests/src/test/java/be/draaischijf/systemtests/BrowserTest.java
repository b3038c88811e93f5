package be.draaischijf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
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

/** A fresh browser context (no cookies) per test, in the run's one shared browser, against the deployed application. */
abstract class BrowserTest {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /**
     * The axe-core release that checks the pages: src/test/resources/axe.min.js, which the Java binding injects in
     * place of the older one in its own jar (src/test/resources/axe-core/README.md).
     */
    static final String AXE_CORE_VERSION = "4.14.1";
    /**
     * The WCAG 2.1 A/AA rules, reporting the nodes of violations only: every rule still runs, but axe-core no longer
     * describes every node that passed (most of the time of a run on a long page went into that).
     */
    static final AxeRunOptions AXE_OPTIONS = axeOptions();
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    static Playwright playwright;
    static Browser browser;
    static String baseUrl;

    BrowserContext context;
    Page page;

    /** Codes and ISO dates found in what this test's pages showed and the mails sent meanwhile ({@link ReadsAsWords}). */
    final List<String> unreadable = new java.util.ArrayList<>();

    /** Mails already read for codes (by Message-ID), across the tests of this run. */
    static final java.util.Set<String> MAILS_READ = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * One Playwright and one Chromium for every browser test class of the run (each class launched its own: a driver and
     * a browser start, some seconds, times forty classes and two databases). Each test still gets a fresh context, so
     * no cookie or storage passes from one test to the next; the browser closes when the test JVM ends.
     */
    @BeforeAll
    static void launchBrowser() {
        baseUrl = DeployedApp.baseUrl();
        synchronized (BrowserTest.class) {
            if (browser == null || !browser.isConnected()) {
                boolean first = playwright == null;
                if (playwright != null) {
                    playwright.close();
                }
                playwright = Browsers.playwright();
                browser = Browsers.chromium(playwright);
                if (first) {
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        synchronized (BrowserTest.class) {
                            playwright.close();
                        }
                    }, "close the shared browser"));
                }
            }
        }
    }

    /** Time spent in axe-core and in screenshots by this class, printed when it ends (where a run's time goes). */
    static long axeNanos;
    static long screenshotNanos;
    static int axeRuns;
    static int screenshots;

    @AfterAll
    static void closeBrowser() {
        String spent = String.format("browser checks: %d axe-core runs in %.1f s, %d screenshots in %.1f s",
                axeRuns, axeNanos / 1e9, screenshots, screenshotNanos / 1e9);
        java.util.logging.Logger.getLogger(BrowserTest.class.getName()).info(spent);
        axeNanos = 0;
        screenshotNanos = 0;
        axeRuns = 0;
        screenshots = 0;
    }

    @BeforeEach
    void openContext() {
        openContext(null);
    }

    /** A fresh context, with the cookies of {@code storageState} when given (a session logged in before). */
    void openContext(String storageState) {
        if (context != null) {
            readAsWords(page);
            context.close();
        }
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setStorageState(storageState));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
        page.onLoad(this::readAsWords);
    }

    /** Notes the codes and ISO dates in what the page shows now (each page load, each checked state, the last one). */
    void readAsWords(Page shown) {
        try {
            List<String> found = ReadsAsWords.findings((String) shown.evaluate(ReadsAsWords.VISIBLE_TEXT));
            if (!found.isEmpty()) {
                unreadable.add(shown.url().replace(baseUrl, "") + " shows " + found);
            }
        } catch (com.microsoft.playwright.PlaywrightException gone) {
            // the page moved on or closed meanwhile: its next state is read in turn
        }
    }

    /** Notes the codes and ISO dates in the mails that arrived since the last check. */
    void readMailsAsWords() {
        for (jakarta.mail.internet.MimeMessage mail : DeployedApp.mailbox().getReceivedMessages()) {
            try {
                String id = mail.getMessageID();
                if (id != null && MAILS_READ.add(id)) {
                    List<String> found = ReadsAsWords.findingsInMail(TrainingApiIT.subject(mail), TrainingApiIT.text(mail));
                    if (!found.isEmpty()) {
                        unreadable.add("the mail '" + TrainingApiIT.subject(mail) + "' says " + found);
                    }
                }
            } catch (jakarta.mail.MessagingException unreadableMail) {
                throw new IllegalStateException(unreadableMail);
            }
        }
    }

    @AfterEach
    void closeContext() {
        readAsWords(page);
        readMailsAsWords();
        context.close();
        context = null;
        assertThat(unreadable).as("pages and mails read as words: no codes, no ISO dates").isEmpty();
    }

    void open(String path) {
        page.navigate(baseUrl + path);
    }

    /** Opens a whole address as it was handed out, such as a link in a mail ({@link MailLinks}). */
    void follow(String address) {
        page.navigate(address);
    }

    /** From the mailed invitation to this address: a password chosen, as the invited person does. */
    void choosePasswordFromInvitation(String email, String password) {
        follow(AccountSignUpIT.link(AccountSignUpIT.mailTo(email, "je account is klaar")));
        page.locator("#nieuw\\:wachtwoord").fill(password);
        page.locator("#nieuw\\:herhaal").fill(password);
        page.locator("#nieuw\\:bewaar").click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#welkom"))
                .containsText("Je wachtwoord is ingesteld");
    }

    /**
     * On the sign-up page: a professional's account made for this address, confirmed through the mailed link with a
     * password chosen.
     */
    void signUpAndConfirm(String name, String email, String password) {
        page.locator("#signup\\:naam").fill(name);
        page.locator("#signup\\:email").fill(email);
        page.locator("#signup\\:organisatie").fill("Testschool Kiel (fictief)");
        page.locator("#signup\\:functie").fill("leerlingbegeleider");
        page.locator("#signup\\:maakAan").click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#sent")).containsText("Kijk in je mailbox");
        follow(AccountSignUpIT.link(AccountSignUpIT.mailTo(email, "bevestig je e-mailadres")));
        page.locator("#bevestig\\:wachtwoord").fill(password);
        page.locator("#bevestig\\:herhaal").fill(password);
        page.locator("#bevestig\\:bevestigKnop").click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#bevestigd")).isVisible();
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

    private static AxeRunOptions axeOptions() {
        AxeRunOnlyOptions runOnly = new AxeRunOnlyOptions();
        runOnly.setType("tag");
        runOnly.setValues(WCAG_TAGS);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(runOnly);
        options.setResultTypes(List.of("violations"));
        return options;
    }

    /**
     * The page has no serious or critical WCAG 2.1 A/AA violation. Checked on H2 only: the markup does not depend on
     * the database, and the second run (PostgreSQL) spends its time on behaviour ({@link DeployedApp#checksPages}).
     */
    void assertAccessible(String what) {
        readAsWords(page);
        if (!DeployedApp.checksPages()) {
            return;
        }
        // PrimeFaces disables a clicked button during its Ajax request and fades it back when the answer came: a
        // half-faded button is a passing moment, not a state anyone reads (an endless animation does not hold this up)
        try {
            page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                    + " || a.effect === null || a.effect.getTiming().iterations === Infinity)", null,
                    new Page.WaitForFunctionOptions().setTimeout(3_000));
        } catch (com.microsoft.playwright.TimeoutError stillMoving) {
            // checked as it is
        }
        long start = System.nanoTime();
        // a page without frames (all of ours): axe-core runs in the page itself ("legacy mode"). Its default runs
        // every frame apart and then opens a fresh browser page to combine the results, which doubled each check
        boolean oneFrame = page.frames().size() == 1;
        AxeResults results = new AxeBuilder(page).options(AXE_OPTIONS).setLegacyMode(oneFrame).analyze();
        axeNanos += System.nanoTime() - start;
        axeRuns++;
        assertThat(results.getTestEngine() == null ? "none: " + results.getErrorMessage() : results.getTestEngine().getVersion())
                .as("the axe-core that checked " + what + " (src/test/resources/axe.min.js, not the binding's own)")
                .isEqualTo(AXE_CORE_VERSION);
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

    /**
     * A full-page screenshot under target/screenshots/h2 (on the run that checks pages; target/screenshots/production
     * for the production start), when asked for with {@code -Dit.screenshots=true} ({@link DeployedApp#takesScreenshots}).
     */
    void screenshot(String name) {
        if (!DeployedApp.takesScreenshots()) {
            return;
        }
        long start = System.nanoTime();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(DeployedApp.runName()).resolve(name + ".png"))
                .setFullPage(true));
        screenshotNanos += System.nanoTime() - start;
        screenshots++;
    }

    List<String> navigation() {
        return page.locator("nav.site-nav a").allTextContents().stream().map(String::strip).toList();
    }
}
