package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of the shell, in Dutch and in English, passes axe-core (WCAG 2.1 A and AA) without a
 * serious or critical violation; each is also kept as a screenshot under target/screenshots.
 */
class AccessibilityIT extends BrowserTest {

    /** The error page's titles: a page that should show itself must not show one of these instead. */
    static final java.util.regex.Pattern ERROR_TITLES =
            java.util.regex.Pattern.compile("Er ging iets mis|Pagina niet gevonden|Geen toegang");

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of(null, "/", "home"),
                Arguments.of(null, "/contact", "contact"),
                Arguments.of(null, "/kalender", "kalender"),
                Arguments.of(null, "/partners", "partners"),
                Arguments.of(null, "/toegankelijkheid", "toegankelijkheid"),
                Arguments.of(null, "/privacy", "privacy"),
                Arguments.of(null, "/login", "login"),
                Arguments.of(null, "/aanmelden-account", "aanmelden-account"),
                Arguments.of(null, "/aanmelden-account/bevestigen?token=ongeldig", "account-bevestigen"),
                Arguments.of(null, "/wachtwoord", "wachtwoord"),
                Arguments.of(null, "/wachtwoord/nieuw?token=ongeldig", "wachtwoord-nieuw-ongeldig"),
                Arguments.of("coordinator", "/meldpunt/professionelen", "professionelen"),
                Arguments.of(null, "/bestaat-niet", "niet-gevonden"),
                Arguments.of("coordinator", "/meldpunt", "meldpunt"),
                Arguments.of("coordinator", "/meldpunt/dossiers", "dossiers"),
                Arguments.of("coordinator", "/meldpunt/vormingen", "vormingen-beheren"),
                Arguments.of("coordinator", "/meldpunt/rapporten", "rapporten"),
                Arguments.of("admin", "/beheer", "gebruikers"),
                Arguments.of("admin", "/beheer/lijsten", "referentielijsten"),
                Arguments.of("partner.elegast", "/partner", "partner"),
                Arguments.of("professional", "/mijn/aanmeldingen", "mijn-aanmeldingen"),
                Arguments.of("professional", "/aanmelden", "aanmelden-demo"),
                Arguments.of("professional", "/mijn/aanmeldingen/0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e01", "mijn-aanmelding-demo"),
                Arguments.of("coordinator", "/meldpunt/dossiers/0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e02", "dossier-demo"),
                Arguments.of("partner.depassage", "/partner", "partner-doorverwijzingen-demo"),
                Arguments.of("partner.depassage", "/partner/doorverwijzingen/5e0a9c21-7d3b-4f6e-8a1c-2b3d4e5f6a03",
                        "doorverwijzing-demo"),
                Arguments.of("partner.elegast", "/beheer", "geen-toegang"),
                Arguments.of(null, "/kalender?weergave=maand", "kalender-maand"),
                Arguments.of(null, "/kalender?weergave=week&soort=TRAINING", "kalender-week"),
                Arguments.of(null, "/kalender?thema=DROPOUT", "kalender-gefilterd"),
                Arguments.of(null, "/vorming/5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f05", "vorming-demo"),
                Arguments.of(null, "/vorming/5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f06", "vorming-online-demo"),
                Arguments.of(null, "/inschrijving/ongeldig-token-1234", "inschrijving-ongeldig"),
                Arguments.of(null, "/nieuwsbrief", "nieuwsbrief"),
                Arguments.of(null, "/nieuwsbrief/bevestigen?token=ongeldig-token-1234", "nieuwsbrief-bevestigen"),
                Arguments.of(null, "/nieuwsbrief/uitschrijven?token=ongeldig-token-1234", "nieuwsbrief-uitschrijven"),
                Arguments.of("coordinator", "/meldpunt/vormingen/5a0e8f21-7c3b-4d1e-8f2a-9b6c1d0e7f04", "vorming-beheren-demo"),
                Arguments.of("coordinator", "/meldpunt/vormingen/nieuw", "vorming-nieuw"));
    }

    @ParameterizedTest(name = "{1} as {0}")
    @MethodSource("pages")
    void pageIsAccessibleInDutchAndEnglish(String account, String path, String name) {
        if (account != null) {
            logIn(account, "demo");
        }
        open(path + (path.contains("?") ? "&" : "?") + "lang=nl");
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertThat(page.locator("h1")).hasCount(1);
        if (!name.equals("niet-gevonden") && !name.equals("geen-toegang")) {
            assertThat(page.locator("h1")).not().hasText(ERROR_TITLES);
        }
        assertAccessible(path + " (nl)");
        screenshot(name + "-nl");

        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertAccessible(path + " (en)");
        screenshot(name + "-en");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
    }

    @Test
    void registrationFormWithMessagesResultAndOwnRegistrationAreAccessible() {
        String id = TrainingApiIT.publishedSession("Toegankelijk", 1).getString("id");
        open("/vorming/" + id + "?lang=en");
        page.locator("#inschrijven\\:schrijfIn").click();
        assertThat(page.locator(".field .ui-message").first()).isVisible();
        assertAccessible("/vorming/{id} with validation messages (en)");
        screenshot("vorming-fouten-en");

        open("/vorming/" + id + "?lang=nl");
        page.locator("#inschrijven\\:voornaam").fill("Toegankelijk");
        page.locator("#inschrijven\\:familienaam").fill("Test");
        String email = TrainingApiIT.unique("toegankelijk");
        page.locator("#inschrijven\\:email").fill(email);
        page.locator("#inschrijven\\:toestemming").check();
        page.locator("#inschrijven\\:schrijfIn").click();
        assertThat(page.locator("#result")).isVisible();
        assertAccessible("/vorming/{id} registered (nl)");
        screenshot("vorming-ingeschreven-nl");

        page.locator("#result a").click();
        assertThat(page.locator("#status")).containsText("Ingeschreven");
        assertAccessible("/inschrijving/{token} (nl)");
        screenshot("inschrijving-nl");
        page.locator("#annuleren\\:annuleer").click();
        assertThat(page.locator("#bevestig-vraag")).isVisible();
        assertAccessible("/inschrijving/{token} asking to confirm (nl)");
        page.locator(".language-switch").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertAccessible("/inschrijving/{token} (en)");
        screenshot("inschrijving-en");
        page.locator(".language-switch").click();
    }

    @Test
    void checkInListIsAccessible() {
        String id = TrainingApiIT.publishedSession("Aanwezigheden", 5).getString("id");
        TrainingApiIT.register(id, TrainingApiIT.registration(TrainingApiIT.unique("aanwezig")));
        logIn("coordinator", "demo");
        open("/meldpunt/vormingen/" + id + "?lang=en");
        page.locator(".checkin-button").first().click();
        assertThat(page.locator(".checkin-button--on")).hasCount(1);
        assertAccessible("/meldpunt/vormingen/{id} after a check-in (en)");
        screenshot("vorming-aanwezigheden-en");
        open("/meldpunt/vormingen/" + id + "?lang=nl");
        page.locator("#aanwezigheid").scrollIntoViewIfNeeded();
        page.setViewportSize(820, 1180);
        assertAccessible("/meldpunt/vormingen/{id} on a tablet (nl)");
        screenshot("vorming-aanwezigheden-tablet-nl");
    }

    @Test
    void loginWithValidationMessagesIsAccessible() {
        open("/login");
        page.locator("#login\\:submit").click();
        assertThat(page.locator(".field .ui-message").first()).isVisible();

        assertAccessible("/login with validation messages");
        screenshot("login-fouten-nl");
    }

    @Test
    void signUpWithValidationMessagesIsAccessibleInEnglish() {
        open("/aanmelden-account?lang=en");
        page.locator("#signup\\:maakAan").click();
        assertThat(page.locator(".field .ui-message").first()).isVisible();

        assertAccessible("/aanmelden-account with validation messages (en)");
        screenshot("aanmelden-account-fouten-en");
    }

    @Test
    void pagedTableStaysAccessibleOnItsSecondPage() {
        open("/partners");
        page.locator(".ui-paginator-next").click();
        assertThat(page.locator(".ui-paginator-current")).containsText("Pagina 2 van 2");

        assertAccessible("/partners page 2");
    }

    @Test
    void narrowScreenKeepsEverythingReachable() {
        page.setViewportSize(375, 800);
        open("/");

        assertAccessible("/ on a phone");
        assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
        screenshot("home-smal-nl");
    }
}
