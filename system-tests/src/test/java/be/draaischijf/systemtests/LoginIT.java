package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Logging in as every demo role, in a real browser: where you land and which navigation you get. */
class LoginIT extends BrowserTest {

    static final List<String> PUBLIC = List.of("Start", "Vormingen en infosessies", "Aanbod zoeken", "Partners", "Publicaties",
            "Contact");
    static final List<String> COORDINATOR = List.of("Meldpunt", "Dossiers", "Aanbod matchen", "Vormingen beheren",
            "Signalen", "Rapporten", "Samenwerkingsverbanden");
    static final List<String> ADMIN = List.of("Gebruikers", "Referentielijsten");
    static final List<String> PARTNER = List.of("Mijn organisatie");
    static final List<String> PROFESSIONAL = List.of("Mijn aanmeldingen");

    static Stream<Arguments> demoAccounts() {
        return Stream.of(
                Arguments.of("admin", "/beheer/accounts", "Gebruikers", ADMIN),
                Arguments.of("coordinator", "/meldpunt", "Meldpunt", COORDINATOR),
                Arguments.of("coordinator2", "/meldpunt", "Meldpunt", COORDINATOR),
                Arguments.of("professional", "/mijn/aanmeldingen", "Mijn aanmeldingen", PROFESSIONAL),
                Arguments.of("professional2", "/mijn/aanmeldingen", "Mijn aanmeldingen", PROFESSIONAL),
                Arguments.of("partner.elegast", "/partner", "Mijn organisatie", PARTNER),
                Arguments.of("partner.arktos", "/partner", "Mijn organisatie", PARTNER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoAccounts")
    void eachDemoRoleLandsOnItsStartPageWithItsOwnNavigation(String username, String home, String heading,
                                                            List<String> roleNavigation) {
        logIn(username, "demo");

        assertThat(page.url()).isEqualTo(baseUrl + home);
        assertThat(page.locator("h1")).hasText(heading);
        List<String> navigation = navigation();
        assertThat(navigation).containsAll(PUBLIC).containsAll(roleNavigation);
        Stream.of(COORDINATOR, ADMIN, PARTNER, PROFESSIONAL)
                .filter(other -> other != roleNavigation)
                .forEach(other -> assertThat(navigation).doesNotContainAnyElementsOf(other));
        assertThat(page.locator(".user-box")).containsText("Demo");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCoordinatorsMenuFitsOneRowWithThePublicSiteAsAGroupAndFoldsBehindAButtonOnAPhone() {
        logIn("coordinator", "demo");
        // at 1280 px every item of the menu is on one row; the public pages are one group that the keyboard opens
        List<Object> rows = (List<Object>) page.evaluate("() => [...new Set([...document.querySelectorAll("
                + "'.site-nav__list > .site-nav__item')].map(item => Math.round(item.getBoundingClientRect().top)))]");
        assertThat(rows).as("the menu's rows").hasSize(1);
        assertThat(page.locator(".site-nav__sublist").first()).isHidden();
        assertThat(page.locator(".site-nav__sublist").last()).isHidden();
        page.locator(".site-nav__summary").first().focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#hoofdmenu").getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Aanbod zoeken").setExact(true))).isVisible();
        assertAccessible("/meldpunt with the public site's group open (nl)");
        screenshot("menu-coordinator-groep-nl");
        page.keyboard().press("Escape");
        assertThat(page.locator(".site-nav__sublist").first()).isHidden();
        assertThat(page.locator(".site-nav__summary").first()).isFocused();
        // the network's own work is the other group: opening it closes the first
        page.locator(".site-nav__summary").first().press("Enter");
        page.locator(".site-nav__summary").last().focus();
        page.keyboard().press("Enter");
        assertThat(page.locator(".site-nav__sublist").first()).isHidden();
        assertThat(page.locator("#hoofdmenu").getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Rapporten").setExact(true))).isVisible();
        assertAccessible("/meldpunt with the network's group open (nl)");
        screenshot("menu-coordinator-netwerk-nl");
        page.keyboard().press("Escape");
        assertThat(page.locator(".site-nav__sublist").last()).isHidden();
        assertThat(page.locator(".site-nav__summary").last()).isFocused();

        // on a phone the menu folds behind "Menu", which says whether it is open
        page.setViewportSize(375, 800);
        com.microsoft.playwright.Locator toggle = page.locator(".site-nav__toggle");
        assertThat(toggle).isVisible();
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        assertThat(page.locator("#hoofdmenu")).isHidden();
        toggle.click();
        assertThat(toggle).hasAttribute("aria-expanded", "true");
        assertThat(page.locator("#hoofdmenu").getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Dossiers").setExact(true))).isVisible();
        assertAccessible("/meldpunt on a phone, the menu open (nl)");
        screenshot("menu-telefoon-open-nl");
        page.locator(".language-switch").click();
        assertThat(page.locator(".site-nav__toggle")).hasText("Menu");
        page.locator(".site-nav__toggle").click();
        assertThat(page.locator(".site-nav__summary").first()).hasText("Public site");
        assertAccessible("/meldpunt on a phone, the menu open (en)");
        screenshot("menu-telefoon-open-en");
    }

    @Test
    void anonymousVisitorSeesOnlyThePublicNavigation() {
        open("/");

        List<String> anonymous = new java.util.ArrayList<>(PUBLIC);
        anonymous.add(1, "Een vraag stellen"); // the way in to the question, until one logs in
        assertThat(navigation()).containsExactlyElementsOf(anonymous);
        assertThat(page.locator(".login-link")).hasText("Inloggen");
    }

    @Test
    void partnerSeesTheirOwnOrganisation() {
        logIn("partner.arktos", "demo");

        assertThat(page.locator("#organisation-name")).hasText("Arktos");
    }

    @Test
    void professionalSeesOnlyTheReferralsTheySubmitted() {
        logIn("professional", "demo");

        // every page of the list (other tests send questions as this professional too, newest first): as many pages as
        // the page report says, each awaited by its number (the next button's state follows the rows a moment later)
        StringBuilder listed = new StringBuilder(page.locator("#mine tbody").innerText());
        Locator report = page.locator("#mine .ui-paginator-current");
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("van (\\d+)")
                .matcher(report.count() == 0 ? "" : report.first().innerText());
        int pages = total.find() ? Integer.parseInt(total.group(1)) : 1;
        for (int shown = 2; shown <= pages; shown++) {
            String before = page.locator("#mine tbody").innerText();
            page.locator("#mine .ui-paginator-next").first().click();
            assertThat(report.first()).containsText("Pagina " + shown + " ");
            assertThat(page.locator("#mine tbody")).not().hasText(before);
            listed.append(page.locator("#mine tbody").innerText());
        }
        assertThat(listed.toString()).contains("DS-2026-0001", "DS-2026-0002").doesNotContain("DS-2026-0003");
    }

    @Test
    void aWrongPasswordShowsADutchMessageAndNoLogin() {
        logIn("professional2", "wrong-password");

        assertThat(page.locator("#login\\:loginMessages"))
                .containsText("Inloggen lukte niet: de gebruikersnaam of het wachtwoord is niet juist");
        assertThat(page.locator("input[type=password]")).hasValue("");
        assertThat(page.locator(".login-link")).isVisible();
    }

    @Test
    void emptyFieldsAreExplainedNextToTheField() {
        open("/login");
        page.locator("#login\\:submit").click();

        assertThat(page.locator(".field:has(#login\\:username) .ui-message"))
                .containsText("Vul je gebruikersnaam in.");
        assertThat(page.locator(".field:has(#login\\:password) .ui-message")).containsText("Vul je wachtwoord in.");
    }

    @Test
    void repeatedFailuresThrottleTheAccountEvenForTheRightPasswordWithTheMessageOfAWrongOne() {
        logIn("partner.ocmw", "wrong-0");
        String wrong = page.locator("#login\\:loginMessages").textContent();
        for (int i = 1; i < 5; i++) {
            logIn("partner.ocmw", "wrong-" + i);
        }
        logIn("partner.ocmw", "demo");

        // throttled: the same words as a wrong password, so that nobody learns which accounts exist or are locked
        assertThat(page.locator("#login\\:loginMessages")).hasText(wrong);
        assertThat(page.locator("#login\\:loginMessages")).containsText("te veel mislukte pogingen");
        assertThat(page.url()).startsWith(baseUrl + "/login");
    }

    @Test
    void anonymousVisitorOfAProtectedPageLogsInAndArrivesWhereTheyWereGoing() {
        open("/meldpunt/dossiers");
        assertThat(page.url()).startsWith(baseUrl + "/login?next=");

        page.getByLabel("Gebruikersnaam").fill("coordinator");
        page.locator("input[type=password]").fill("demo");
        page.locator("#login\\:submit").click();

        assertThat(page).hasURL(baseUrl + "/meldpunt/dossiers");
        // the Centraal Meldpunt's coordinator: its cases first (the demo case from Hoboken, not the one from Kiel)
        assertThat(page.locator("#casesForm\\:cases")).containsText("DS-2026-0002");
    }

    @Test
    void aRoleWithoutAccessGetsAClearRefusal() {
        logIn("partner.elegast", "demo");
        open("/meldpunt/dossiers");

        assertThat(page.locator("h1")).hasText("Geen toegang");
        assertThat(page.content()).doesNotContain("DS-2026-0001");
    }

    @Test
    void loggingOutEndsTheSession() {
        logIn("coordinator", "demo");
        page.locator("#logout\\:logoutButton").click();

        assertThat(page.locator(".notice")).containsText("Je bent uitgelogd.");
        open("/meldpunt");
        assertThat(page.url()).startsWith(baseUrl + "/login");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteAndChangesAtLogin() {
        open("/login");
        String before = sessionId();
        logIn("coordinator2", "demo");
        Cookie session = context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst().orElseThrow();

        assertThat(session.httpOnly).isTrue();
        assertThat(session.sameSite).isEqualTo(SameSiteAttribute.LAX);
        assertThat(session.value).as("session fixation protection").isNotEqualTo(before);
    }

    @Test
    void chosenLanguageIsRememberedForTheAccount() {
        logIn("professional2", "demo");
        page.locator(".language-switch").click();
        assertThat(page.locator("h1")).hasText("My referrals");
        assertThat(page.locator("html")).hasAttribute("lang", "en");

        context.clearCookies();
        open("/login");
        assertThat(page.locator("h1")).hasText("Inloggen");
        logInAsIs("professional2", "demo");

        assertThat(page.locator("h1")).hasText("My referrals");
        assertThat(navigation()).contains("Trainings and info sessions");
        page.locator(".language-switch").click();
        assertThat(page.locator("h1")).hasText("Mijn aanmeldingen");
    }

    private String sessionId() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElse("");
    }
}
