package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Dialog;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page of the shell, in Dutch and in English, passes axe-core (WCAG 2.1 A and AA) without a
 * serious or critical violation; each is also kept as a screenshot under target/screenshots. So do the states
 * reached by a click (validation messages, results, questions, messages after an action), in both languages:
 * each is reached after the language was chosen, so its text is in that language.
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
                Arguments.of("admin", "/beheer/accounts", "gebruikers"),
                Arguments.of("admin", "/beheer/lijsten", "referentielijsten"),
                Arguments.of("admin", "/beheer/contactpunten", "contactpunten"),
                Arguments.of("admin", "/beheer/beveiliging", "beveiliging"),
                Arguments.of("professional", "/account/beveiliging", "mijn-beveiliging"),
                Arguments.of("admin", "/beheer/contactpunten?id=6c9a3f0e-0b7a-4c39-9a51-000000000002", "contactpunt-netsterk"),
                Arguments.of("admin", "/beheer/contactpunten?nieuw=ja", "contactpunt-nieuw"),
                Arguments.of(null, "/?wijk=KIEL", "home-kiel"),
                Arguments.of("partner.elegast", "/partner", "partner"),
                Arguments.of("professional", "/mijn/aanmeldingen", "mijn-aanmeldingen"),
                Arguments.of("professional", "/aanmelden", "aanmelden-demo"),
                Arguments.of("professional", "/mijn/aanmeldingen/0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e01", "mijn-aanmelding-demo"),
                Arguments.of("coordinator", "/meldpunt/dossiers/0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e02", "dossier-demo"),
                Arguments.of("partner.depassage", "/partner", "partner-doorverwijzingen-demo"),
                Arguments.of("partner.depassage", "/partner/doorverwijzingen/5e0a9c21-7d3b-4f6e-8a1c-2b3d4e5f6a03",
                        "doorverwijzing-demo"),
                Arguments.of("partner.depassage", "/partner/collegas", "partner-collegas"),
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

    /** A logged-in session per account, kept for the next page of the same account (one login each). */
    private static final Map<String, String> SESSIONS = new HashMap<>();

    @ParameterizedTest(name = "{1} as {0}")
    @MethodSource("pages")
    void pageIsAccessibleInDutchAndEnglish(String account, String path, String name) {
        if (account != null && SESSIONS.containsKey(account)) {
            openContext(SESSIONS.get(account));
        } else if (account != null) {
            logIn(account, "demo");
            SESSIONS.put(account, context.storageState());
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
        // the account remembers English now: its next page here opens with ?lang=nl, which chooses Dutch again, and
        // another class's logIn switches back to Dutch itself
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void registrationMessagesBothResultsOwnRegistrationAndCancelQuestionAreAccessible(String lang) {
        String id = TrainingApiIT.publishedSession("Toegankelijk", 1).getString("id");
        open("/vorming/" + id + "?lang=" + lang);
        assertLanguage(lang);
        page.locator("#inschrijven\\:schrijfIn").click();
        assertThat(page.locator(".field:has(#inschrijven\\:voornaam) .ui-message"))
                .containsText(in(lang, "vul je voornaam in", "fill in your first name"));
        assertAccessible("/vorming/{id} with validation messages (" + lang + ")");
        screenshot("vorming-fouten-" + lang);

        fillRegistration(TrainingApiIT.unique("toegankelijk"));
        page.locator("#inschrijven\\:schrijfIn").click();
        assertThat(page.locator("#result")).containsText(in(lang, "Je bent ingeschreven", "You are registered"));
        assertAccessible("/vorming/{id} registered (" + lang + ")");
        screenshot("vorming-ingeschreven-" + lang);

        page.locator("#mijnInschrijving").click();
        assertLanguage(lang);
        assertThat(page.locator("#status")).containsText(in(lang, "Ingeschreven", "Registered"));
        assertAccessible("/inschrijving/{token} (" + lang + ")");
        screenshot("inschrijving-" + lang);
        page.locator("#annuleren\\:annuleer").click();
        assertThat(page.locator("#bevestig-vraag")).containsText(in(lang, "echt annuleren", "really want to cancel"));
        assertAccessible("/inschrijving/{token} asking to confirm (" + lang + ")");
        screenshot("inschrijving-bevestigen-" + lang);

        // the session is full now: the next person gets the waiting-list result
        open("/vorming/" + id);
        assertLanguage(lang);
        fillRegistration(TrainingApiIT.unique("wachtend"));
        page.locator("#inschrijven\\:schrijfIn").click();
        assertThat(page.locator("#result")).containsText(in(lang, "Je staat op de wachtlijst", "You are on the waiting list"));
        assertAccessible("/vorming/{id} on the waiting list (" + lang + ")");
        screenshot("vorming-wachtlijst-" + lang);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void checkInAfterAClickIsAccessibleAlsoOnATablet(String lang) {
        String id = TrainingApiIT.publishedSession("Aanwezigheden", 5).getString("id");
        TrainingApiIT.register(id, TrainingApiIT.registration(TrainingApiIT.unique("aanwezig")));
        logIn("coordinator", "demo");
        open("/meldpunt/vormingen/" + id + "?lang=" + lang);
        assertLanguage(lang);
        page.locator(".checkin-button").first().click();
        assertThat(page.locator(".checkin-button--on")).hasCount(1);
        assertThat(page.locator(".checkin-button--on")).hasAttribute("aria-label", in(lang, "Aanwezig:", "Present:"));
        assertAccessible("/meldpunt/vormingen/{id} after a check-in (" + lang + ")");
        screenshot("vorming-aanwezigheden-" + lang);
        page.locator("#aanwezigheid").scrollIntoViewIfNeeded();
        page.setViewportSize(820, 1180);
        assertAccessible("/meldpunt/vormingen/{id} on a tablet (" + lang + ")");
        screenshot("vorming-aanwezigheden-tablet-" + lang);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void organiserFormsWithMessagesMailToAllAndACancelledSessionAreAccessible(String lang) {
        String id = TrainingApiIT.publishedSession("Organisator", 5).getString("id");
        TrainingApiIT.register(id, TrainingApiIT.registration(TrainingApiIT.unique("deelnemer")));
        logIn("coordinator", "demo");
        open("/meldpunt/vormingen/nieuw?lang=" + lang);
        assertLanguage(lang);
        page.locator("#sessie\\:bewaar").click();
        assertThat(page.locator(".field:has(#sessie\\:titel) .ui-message")).containsText(in(lang, "vul een titel in", "fill in a title"));
        assertAccessible("/meldpunt/vormingen/nieuw with validation messages (" + lang + ")");
        screenshot("vorming-nieuw-fouten-" + lang);

        open("/meldpunt/vormingen/" + id);
        assertLanguage(lang);
        page.locator("#mail\\:verstuur").click();
        assertThat(page.locator(".field:has(#mail\\:onderwerp) .ui-message"))
                .containsText(in(lang, "vul een onderwerp in", "fill in a subject"));
        assertAccessible("/meldpunt/vormingen/{id} mail form with validation messages (" + lang + ")");
        screenshot("vorming-mail-fouten-" + lang);
        page.locator("#mail\\:onderwerp").fill("Praktische info");
        page.locator("#mail\\:tekst").fill("Neem een laptop mee.");
        page.locator("#mail\\:verstuur").click();
        assertThat(page.locator(".page-messages")).containsText(in(lang, "1 e-mails verstuurd", "1 e-mails sent"));
        assertAccessible("/meldpunt/vormingen/{id} mail sent (" + lang + ")");

        page.locator("#acties\\:reden").fill("De zaal is niet beschikbaar.");
        page.onceDialog(Dialog::accept);
        page.locator("#acties\\:annuleerSessie").click();
        assertThat(page.locator(".page-messages")).containsText(in(lang, "De sessie is geannuleerd", "The session is cancelled"));
        assertThat(page.locator("#status")).containsText(in(lang, "Geannuleerd", "Cancelled"));
        assertAccessible("/meldpunt/vormingen/{id} cancelled (" + lang + ")");
        screenshot("vorming-beheren-geannuleerd-" + lang);
        open("/vorming/" + id);
        assertThat(page.locator("main")).containsText(in(lang, "Deze sessie is geannuleerd: De zaal is niet beschikbaar.",
                "This session was cancelled: De zaal is niet beschikbaar."));
        assertAccessible("/vorming/{id} cancelled, with the reason (" + lang + ")");
        screenshot("vorming-geannuleerd-" + lang);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void newsletterSentConfirmedAndUnsubscribedPagesAreAccessible(String lang) {
        String email = TrainingApiIT.unique("lezer-" + lang);
        open("/nieuwsbrief?lang=" + lang);
        assertLanguage(lang);
        page.locator("#nieuwsbrief\\:email").fill(email);
        page.locator("#nieuwsbrief\\:toestemming").check();
        page.locator("#nieuwsbrief\\:schrijfIn").click();
        assertThat(page.locator("#sent")).containsText(in(lang, "Kijk in je mailbox", "Look in your mailbox"));
        assertAccessible("/nieuwsbrief sent (" + lang + ")");
        screenshot("nieuwsbrief-verstuurd-" + lang);

        String mail = TrainingApiIT.text(TrainingApiIT.mailTo(email, "Bevestig je inschrijving op de nieuwsbrief"));
        follow(MailLinks.link(mail, "/nieuwsbrief/bevestigen?token="));
        assertLanguage(lang);
        page.locator("#link\\:knop").click();
        assertThat(page.locator("#klaar")).containsText(in(lang, "is bevestigd", "is confirmed"));
        assertAccessible("/nieuwsbrief/bevestigen done (" + lang + ")");
        screenshot("nieuwsbrief-bevestigd-" + lang);

        follow(MailLinks.link(mail, "/nieuwsbrief/uitschrijven?token="));
        page.locator("#link\\:knop").click();
        assertThat(page.locator("#klaar")).containsText(in(lang, "Je bent uitgeschreven", "You are unsubscribed"));
        assertAccessible("/nieuwsbrief/uitschrijven done (" + lang + ")");
        screenshot("nieuwsbrief-uitgeschreven-" + lang);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void accountAdministrationWithResultsAnOpenAccountAndAMessageIsAccessible(String lang) {
        logIn("admin", "demo");
        open("/beheer/accounts?lang=" + lang);
        assertLanguage(lang);
        page.locator("#zoeken\\:tekst").fill("coordinator2");
        page.locator("#zoeken\\:zoek").click();
        assertThat(page.locator("#lijst\\:accounts tbody tr")).hasCount(1);
        page.locator("#lijst\\:accounts tbody tr button").click();
        assertThat(page.locator("#beheren-titel")).isFocused();
        // PrimeFaces disables the clicked button during the Ajax request and fades it back: check the page once it is
        // back (a half-faded button is a passing moment, not a state anyone reads)
        assertThat(page.locator("#lijst\\:accounts tbody tr button")).not().hasClass(Pattern.compile("ui-state-disabled"));
        page.mouse().move(0, 0);
        page.waitForFunction("() => document.getAnimations().length === 0");
        assertThat(page.locator("#beheren")).containsText(in(lang, "Wijzigingen", "Changes"));
        assertAccessible("/beheer/accounts with an open account (" + lang + ")");
        screenshot("accounts-beheren-" + lang);

        // no role at all: told next to the roles, nothing saved
        page.locator("#account\\:rollen input:checked").uncheck();
        page.locator("#account\\:bewaar").click();
        assertThat(page.locator(".checkbox-group:has(#account\\:rollen) .ui-message"))
                .containsText(in(lang, "kies minstens één rol", "choose at least one role"));
        assertAccessible("/beheer/accounts with a message (" + lang + ")");
        screenshot("accounts-fout-" + lang);

        // the invitation form, sent empty: each reason next to its field
        page.locator("#uitnodiging summary").click();
        page.locator("#uitnodigen\\:verstuur").click();
        assertThat(page.locator(".field:has(#uitnodigen\\:email) .ui-message"))
                .containsText(in(lang, "e-mailadres", "e-mail address"));
        assertAccessible("/beheer/accounts, an invitation refused (" + lang + ")");
        screenshot("accounts-uitnodigen-fouten-" + lang);
    }

    /** The check itself can fail: a page with an image without a text alternative is refused (a critical violation). */
    @Test
    void theCheckRefusesAPageWithAViolation() {
        org.junit.jupiter.api.Assumptions.assumeTrue(DeployedApp.checksPages(), "axe-core runs on the H2 run");
        page.setContent("<!DOCTYPE html><html lang=\"nl\"><head><title>Fout</title></head><body><main><h1>Fout</h1>"
                + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></main></body></html>");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertAccessible("a page with a violation"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("image-alt");
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

    private void assertLanguage(String lang) {
        assertThat(page.locator("html")).hasAttribute("lang", lang);
    }

    /** The Dutch or the English text, in any case (a message may start with a capital). */
    private static Pattern in(String lang, String dutch, String english) {
        // escaped by hand: Playwright hands the pattern to JavaScript, which knows no \Q…\E (Pattern.quote)
        String text = "en".equals(lang) ? english : dutch;
        return Pattern.compile(text.replaceAll("[\\\\^$.|?*+()\\[\\]{}/-]", "\\\\$0"), Pattern.CASE_INSENSITIVE);
    }

    private void fillRegistration(String email) {
        page.locator("#inschrijven\\:voornaam").fill("Toegankelijk");
        page.locator("#inschrijven\\:familienaam").fill("Test");
        page.locator("#inschrijven\\:email").fill(email);
        page.locator("#inschrijven\\:toestemming").check();
    }

    /**
     * Issue 15, the calendar with its events loaded (the views in {@link #pages} may be checked before the schedule's
     * events arrive): the month view with one title shown in full on keyboard focus, and the week view opened on the
     * next session's week. The list is rendered on the server: {@link #pages} checks it whole.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void calendarMonthWithATitleShownOnFocusAndWeekOfTheNextSessionAreAccessible(String lang) {
        open("/kalender?weergave=maand&lang=" + lang);
        assertLanguage(lang);
        com.microsoft.playwright.Locator event = page.locator(".session-schedule a.fc-event").first();
        assertThat(event).isVisible();
        event.focus();
        assertThat(event.locator(".session-event__full")).isVisible();
        assertAccessible("/kalender?weergave=maand with a title shown in full (" + lang + ")");
        screenshot("kalender-maand-volledige-titel-" + lang);

        open("/kalender?weergave=week");
        assertLanguage(lang);
        assertThat(page.locator(".session-schedule a.fc-event").first()).isVisible();
        assertAccessible("/kalender?weergave=week on the next session's week (" + lang + ")");
        screenshot("kalender-week-volgende-sessie-" + lang);
    }
}
