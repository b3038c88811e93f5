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

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of(null, "/", "home"),
                Arguments.of(null, "/contact", "contact"),
                Arguments.of(null, "/kalender", "kalender"),
                Arguments.of(null, "/partners", "partners"),
                Arguments.of(null, "/toegankelijkheid", "toegankelijkheid"),
                Arguments.of(null, "/privacy", "privacy"),
                Arguments.of(null, "/login", "login"),
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
                Arguments.of("partner.elegast", "/beheer", "geen-toegang"));
    }

    @ParameterizedTest(name = "{1} as {0}")
    @MethodSource("pages")
    void pageIsAccessibleInDutchAndEnglish(String account, String path, String name) {
        if (account != null) {
            logIn(account, "demo");
        }
        open(path + "?lang=nl");
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertThat(page.locator("h1")).hasCount(1);
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
    void loginWithValidationMessagesIsAccessible() {
        open("/login");
        page.locator("#login\\:submit").click();
        assertThat(page.locator(".field .ui-message").first()).isVisible();

        assertAccessible("/login with validation messages");
        screenshot("login-fouten-nl");
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
