package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A network goes live (issue 14's acceptance): an empty PostgreSQL, no demo mode, nothing set but
 * {@code DRAAISCHIJF_ADMIN_PASSWORD}. The administrator logs in with it and is sent to set up two-step verification
 * first (the test computes the codes an authenticator app would show), makes an API token, adds a partner
 * organisation and invites Netsterk Kiel's coordinator (on /beheer/accounts) and the organisation's administrator
 * (over the API). Each follows the mailed link, chooses a password, sets up two-step verification and works: the
 * partner's administrator adds the offer; a professional signs up and asks a question about a young person from Kiel,
 * which lands at Netsterk and is mailed to its coordinator, who refers it to the offer; the partner's administrator
 * invites a colleague, who accepts it; the coordinator sees the answer on the case. Then the administrator deactivates
 * the coordinator and takes the partner administrator's role away: their API tokens lose it at the next request.
 *
 * <p>Runs alone, on a server of its own ({@code it.mode=production}: the failsafe execution black-box-production).
 * Everyone keeps a browser of their own, so that nobody logs in twice: a code of the app works once.
 */
class ProductionStartIT extends BrowserTest {

    static final String JSON = "application/json";
    static final String PASSWORD = "een eigen lang wachtwoord";
    static final String NETSTERK = ContactPointsIT.NETSTERK;
    /** Netsterk Kiel's own address: new cases go there only while no coordinator is bound to it. */
    static final String NETSTERK_ADDRESS = "netsterk@draaischijf.example.org";
    static final String ORGANISATION = "Jeugdhuis De Brug (fictief)";
    static final String OFFER = "Schoolbegeleiding De Brug";
    static final String COORDINATOR = "coordinator@netsterk.example.org";
    static final String PARTNER_ADMIN = "beheer@debrug.example.org";
    static final String COLLEAGUE = "medewerker@debrug.example.org";
    static final String PROFESSIONAL = "leerlingbegeleider@school.example.org";
    static final LocalDate BORN = LocalDate.now().minusYears(15).minusDays(40);
    static final Pattern ENROL = Pattern.compile(".*/account/beveiliging\\?verplicht=ja.*");
    static final Pattern CASE_URL = Pattern.compile(".*/mijn/aanmeldingen/([0-9a-f-]{36})$");
    static final Pattern REFERENCE = Pattern.compile("DS-\\d{4}-\\d{4,}");

    /** The browsers of the people after the administrator (whose browser is the test's own context). */
    private final List<BrowserContext> browsers = new ArrayList<>();

    @AfterEach
    void closeTheirBrowsers() {
        browsers.forEach(BrowserContext::close);
        browsers.clear();
    }

    @Test
    void fromAnEmptyDatabaseTheAdministratorStaffsTheNetworkAndAQuestionFromKielIsReferredAndAccepted() throws Exception {
        assumeTrue(DeployedApp.production(), "a network's first start: only with -Dit.mode=production (black-box-production)");

        // nothing but the administrator: no demo organisations, offers or accounts
        assertThat(Http.json(Http.get("/api/partners")).asJsonArray()).as("no demo organisations").isEmpty();
        assertThat(Http.json(Http.get("/api/offers")).asJsonArray()).as("no demo offers").isEmpty();
        assertThat(Http.get("/api/me", "admin", "demo").statusCode()).as("the demo administrator's password").isEqualTo(401);
        assertThat(Http.get("/api/me", "coordinator", "demo").statusCode()).as("no demo coordinator").isEqualTo(401);
        assertThat(Http.get("/api/me", "partner.depassage", "demo").statusCode()).as("no demo partner").isEqualTo(401);
        assertThat(Http.get("/api/me", "admin", DeployedApp.ADMIN_PASSWORD).statusCode())
                .as("an administrator's password alone does not open the API").isEqualTo(401);
        logInAsIs("coordinator", "demo");
        assertThat(page.locator("#login\\:loginMessages")).containsText("niet juist");

        // the administrator logs in and sets up two-step verification before anything else
        logIn("admin", DeployedApp.ADMIN_PASSWORD);
        // CHECK: the login goes to /beheer/accounts, which SessionAuthenticationMechanism sends on to ENROL
        assertThat(page).hasURL(ENROL);
        assertThat(page.locator("#verplicht")).containsText("vraagt tweestapsverificatie");
        assertAccessible("/account/beveiliging, an administrator sent to set up two-step verification first (nl)");
        screenshot("productie-tweestap-verplicht-nl");
        // no administration before the second step
        open("/beheer/accounts");
        assertThat(page).hasURL(ENROL);
        String adminToken = twoStepVerificationAndToken("beheer-script");
        HttpResponse<String> everybody = Http.getWithToken("/api/accounts", adminToken);
        assertThat(usernames(everybody)).as("nobody but the administrator").containsExactly("admin");
        assertThat(everybody.headers().firstValue("X-Total-Count")).hasValue("1");

        // the partner organisation the network starts with, over the API with the token
        HttpResponse<String> added = Http.postWithToken("/api/organisations", Json.createObjectBuilder()
                .add("name", ORGANISATION).add("sector", "YOUTH")
                .add("description", "Jeugdwerk en schoolbegeleiding in de wijk Kiel (fictieve organisatie).")
                .add("address", "Sint-Bernardsesteenweg 1, 2020 Antwerpen").add("phone", "03 000 00 20")
                .add("email", "info@debrug.example.org").add("districts", Json.createArrayBuilder().add("KIEL"))
                .add("version", 0).build().toString(), adminToken);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String organisationId = Http.json(added).asJsonObject().getString("id");

        // Netsterk Kiel's coordinator, invited on the page
        open("/beheer/accounts");
        assertThat(page.locator("h1")).hasText("Gebruikers");
        page.locator("#uitnodiging summary").click();
        page.locator("#uitnodigen\\:email").fill(COORDINATOR);
        page.locator("#uitnodigen\\:naam").fill("An Coördinator (fictief)");
        // CHECK: no other test invites on the page with a contact point; the options' values are the ids, the
        // checkboxes' the role names
        page.locator("#uitnodigen\\:rollen input[value=COORDINATOR]").check();
        page.locator("#uitnodigen\\:contactpunt").selectOption(NETSTERK);
        page.locator("#uitnodigen\\:verstuur").click();
        assertThat(page.locator("#messages")).containsText("An Coördinator (fictief) is uitgenodigd");
        screenshot("productie-coordinator-uitgenodigd-nl");
        JsonObject coordinatorAccount = account(COORDINATOR, adminToken);
        assertThat(coordinatorAccount.getString("contactPointId")).isEqualTo(NETSTERK);
        assertThat(coordinatorAccount.getBoolean("pending")).isTrue();

        // the organisation's administrator, invited over the API
        HttpResponse<String> invited = Http.postWithToken("/api/accounts", Json.createObjectBuilder()
                .add("email", PARTNER_ADMIN).add("displayName", "Bo Beheerder (fictief)")
                .add("roles", Json.createArrayBuilder().add("PARTNER").add("PARTNER_ADMIN"))
                .add("organisationId", organisationId).build().toString(), adminToken);
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        String partnerAdminId = Http.json(invited).asJsonObject().getString("id");

        // the coordinator chooses a password and must set up two-step verification; then Netsterk's cases come first
        Page coordinator = browserOfTheirOwn();
        choosePasswordFromInvitation(COORDINATOR, PASSWORD);
        logIn(COORDINATOR, PASSWORD);
        assertThat(page).hasURL(ENROL);
        assertThat(page.locator("#verplicht")).isVisible();
        String coordinatorToken = twoStepVerificationAndToken("werkbank-script");
        open("/meldpunt/dossiers");
        assertThat(page.locator("h1")).hasText("Dossiers");
        assertThat(page.locator("#filters\\:contactpunt")).hasValue(NETSTERK);

        // the partner's administrator may work without it, and sets it up all the same; then adds the offer
        Page partnerAdmin = browserOfTheirOwn();
        choosePasswordFromInvitation(PARTNER_ADMIN, PASSWORD);
        logIn(PARTNER_ADMIN, PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/partner$"));
        assertThat(page.locator("#organisation-name")).hasText(ORGANISATION);
        open("/account/beveiliging");
        String partnerAdminToken = twoStepVerificationAndToken("partner-script");
        assertThat(Http.get("/api/me", PARTNER_ADMIN, PASSWORD).statusCode())
                .as("with two-step verification the password alone no longer opens the API").isEqualTo(401);
        assertThat(Http.getWithToken("/api/me", partnerAdminToken).body()).contains(PARTNER_ADMIN);
        // CHECK: no other test adds an offer on /partner/aanbod/nieuw; the fields as offer-form.xhtml names them
        open("/partner");
        page.locator("#nieuwAanbod").click();
        assertThat(page.locator("h1")).hasText("Nieuw aanbod");
        page.locator("#offer\\:naam").fill(OFFER);
        page.locator("#offer\\:beschrijving").fill("Individuele begeleiding voor jongeren uit Kiel die dreigen af te haken op school.");
        page.locator("#offer\\:soort").selectOption("INDIVIDUAL_GUIDANCE");
        page.locator("#offer\\:toegang").selectOption("REFERRAL");
        page.locator("#offer\\:minLeeftijd").fill("12");
        page.locator("#offer\\:maxLeeftijd").fill("18");
        page.locator("#offer\\:capaciteit").fill("8");
        page.locator("#offer\\:wachttijd").fill("2");
        page.locator("#offer\\:wijken input[value=KIEL]").check();
        page.locator("#offer\\:problemAreas input[value=ABSENTEEISM]").check();
        page.locator("#offer\\:problemAreas input[value=DROPOUT]").check();
        page.locator("#offer\\:bewaar").click();
        assertThat(page).hasURL(baseUrl + "/partner");
        assertThat(page.locator("#messages")).containsText("Het aanbod is bewaard.");
        assertThat(page.locator("#ownOffers\\:offers")).containsText(OFFER);
        screenshot("productie-partner-aanbod-nl");
        assertThat(Http.json(Http.get("/api/offers")).asJsonArray().getValuesAs(JsonObject.class))
                .extracting(offer -> offer.getString("name")).containsExactly(OFFER);

        // a professional signs up, confirms the address and asks a question about a young person from Kiel
        Page professional = browserOfTheirOwn();
        open("/aanmelden-account");
        signUpAndConfirm("Sam Leerlingbegeleider (fictief)", PROFESSIONAL, PASSWORD);
        logIn(PROFESSIONAL, PASSWORD);
        // a professional needs no second step
        assertThat(page).hasURL(Pattern.compile(".*/mijn/aanmeldingen$"));
        page.locator("nav.site-nav").getByText("Nieuwe vraag").click();
        assertThat(page.locator("h1")).hasText("Een vraag over een jongere");
        assertThat(page.locator("#intake\\:aanmelderEmail")).hasValue(PROFESSIONAL);
        fillIntake(page, "Lotte");
        page.locator("#intake\\:aanmelderNaam").fill("Sam Leerlingbegeleider (fictief)");
        page.locator("#intake\\:controleer").click();
        page.locator("#intake\\:verstuur").click();
        assertThat(page).hasURL(CASE_URL);
        assertThat(page.locator("#messages")).containsText("Je vraag is verstuurd met kenmerk DS-");
        String reference = reference(page.locator("h1").textContent());
        String caseId = caseId(page.url());

        // it lands at Netsterk Kiel, whose coordinator is mailed (and no longer the contact point's own address)
        MimeMessage toNetsterk = TrainingApiIT.mailTo(COORDINATOR, "nieuwe aanmelding " + reference);
        assertThat(TrainingApiIT.subject(toNetsterk)).contains("Netsterk Kiel");
        assertThat(MailLinks.link(TrainingApiIT.text(toNetsterk), "/meldpunt/dossiers/")).endsWith("/meldpunt/dossiers/" + caseId);
        assertThat(TrainingApiIT.mailsTo(NETSTERK_ADDRESS)).as("a coordinator is bound to Netsterk Kiel").isEmpty();
        JsonObject landed = Http.json(Http.getWithToken("/api/referrals/" + caseId, coordinatorToken)).asJsonObject();
        assertThat(landed.getString("contactPointId")).isEqualTo(NETSTERK);
        assertThat(landed.getString("status")).isEqualTo("NEW");
        TrainingApiIT.mailTo(PROFESSIONAL, "je vraag " + reference + " is ontvangen");

        // the coordinator takes it into analysis and refers it to the partner's offer
        at(coordinator);
        open("/meldpunt/dossiers/" + caseId);
        assertThat(page.locator("h1")).hasText("Dossier " + reference);
        assertThat(page.locator("#status")).hasText("Nieuw");
        changeStatus("IN_ANALYSIS");
        assertThat(page.locator("#status")).hasText("In analyse");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Doorverwijzen: " + OFFER)).click();
        assertThat(page.locator("#bevestig-titel")).isFocused();
        assertThat(page.locator("#bevestig-titel")).containsText(OFFER);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, doorverwijzen")).click();
        assertThat(page.locator("#messages")).containsText("De verwijzing is verstuurd.");
        assertThat(page.locator("#verwijzingen")).containsText("Voorgesteld, wacht op antwoord");
        TrainingApiIT.mailTo(PARTNER_ADMIN, "nieuwe doorverwijzing " + reference);

        // the partner's administrator invites a colleague
        at(partnerAdmin);
        open("/partner");
        assertThat(page.locator("#referralsForm\\:referrals tr:has-text('" + reference + "')"))
                .containsText("Voorgesteld, wacht op antwoord");
        page.locator("#collegas").click();
        assertThat(page.locator("h1")).hasText("Collega's");
        page.locator("#uitnodigen\\:email").fill(COLLEAGUE);
        page.locator("#uitnodigen\\:naam").fill("Mo Medewerker (fictief)");
        page.locator("#uitnodigen\\:rollen input[value=PARTNER]").check();
        page.locator("#uitnodigen\\:verstuur").click();
        assertThat(page.locator("#messages")).containsText("Mo Medewerker (fictief) is uitgenodigd");
        assertThat(page.locator("#collegas")).containsText(COLLEAGUE);

        // who chooses a password and accepts the referral
        browserOfTheirOwn();
        choosePasswordFromInvitation(COLLEAGUE, PASSWORD);
        logIn(COLLEAGUE, PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/partner$"));
        Locator referral = page.locator("#referralsForm\\:referrals tr:has-text('" + reference + "')");
        assertThat(referral).containsText("Lotte");
        referral.locator("a.referral-link").click();
        assertThat(page.locator("h1")).hasText("Doorverwijzing " + reference);
        answer("ACCEPTED", "We plannen een kennismaking met de jongere.");
        assertThat(page.locator("#status")).hasText("Aanvaard");

        // the coordinator hears it and sees the answer on the case
        // CHECK: the answer is mailed to the case's coordinator (the one who took it into analysis), else to Netsterk's
        TrainingApiIT.mailTo(COORDINATOR, "antwoord van " + ORGANISATION + " op " + reference);
        at(coordinator);
        open("/meldpunt/dossiers/" + caseId);
        assertThat(page.locator("#status")).hasText("Doorverwezen");
        assertThat(page.locator("#verwijzingen")).containsText(OFFER);
        assertThat(page.locator("#verwijzingen")).containsText("Aanvaard");
        screenshot("productie-dossier-aanvaard-nl");
        at(professional);
        open("/mijn/aanmeldingen/" + caseId);
        assertThat(page.locator("#verwijzingen")).containsText("Aanvaard");

        // deactivated: the coordinator's token is refused at its next request, the open session ends
        assertThat(Http.getWithToken("/api/me", coordinatorToken).statusCode()).isEqualTo(200);
        HttpResponse<String> deactivated = Http.postWithToken("/api/accounts/" + coordinatorAccount.getString("id")
                + "/deactivate", "", adminToken);
        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
        assertThat(Http.getWithToken("/api/me", coordinatorToken).statusCode()).isEqualTo(401);
        assertThat(Http.getWithToken("/api/referrals/" + caseId, coordinatorToken).statusCode()).isEqualTo(401);
        at(coordinator);
        open("/meldpunt");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?next=.*"));

        // a role taken away: the partner administrator's token no longer manages colleagues, and still works as partner
        assertThat(usernames(Http.getWithToken("/api/accounts", partnerAdminToken))).contains(PARTNER_ADMIN, COLLEAGUE);
        JsonObject partnerAdminAccount = Http.json(Http.getWithToken("/api/accounts/" + partnerAdminId, adminToken)).asJsonObject();
        HttpResponse<String> reduced = Http.putWithToken("/api/accounts/" + partnerAdminId, Json.createObjectBuilder()
                .add("version", partnerAdminAccount.getInt("version"))
                .add("displayName", partnerAdminAccount.getString("displayName"))
                .add("roles", Json.createArrayBuilder().add("PARTNER")).add("organisationId", organisationId)
                .build().toString(), adminToken);
        assertThat(reduced.statusCode()).as(reduced.body()).isEqualTo(200);
        assertThat(Http.getWithToken("/api/accounts", partnerAdminToken).statusCode()).isEqualTo(403);
        assertThat(Http.postWithToken("/api/accounts", Json.createObjectBuilder().add("email", "nog.iemand@debrug.example.org")
                .add("displayName", "Nog Iemand").add("roles", Json.createArrayBuilder().add("PARTNER")).build().toString(),
                partnerAdminToken).statusCode()).isEqualTo(403);
        assertThat(Http.getWithToken("/api/offer-referrals", partnerAdminToken).statusCode()).as("still partner staff")
                .isEqualTo(200);
        at(partnerAdmin);
        open("/partner/collegas");
        assertThat(page.locator("h1")).hasText("Geen toegang");

        // the administrator's own steps are in the security event log
        assertThat(Http.getWithToken("/api/security-events?size=100&q=admin", adminToken).body())
                .contains("SECOND_FACTOR_REQUIRED", "TWO_FACTOR_ENABLED", "API_TOKEN_CREATED")
                .doesNotContain(adminToken);
    }

    /**
     * On /account/beveiliging: two-step verification set up with the code the app shows for the key on the page, then
     * a personal API token made; the token.
     */
    private String twoStepVerificationAndToken(String tokenName) throws Exception {
        assertThat(page.locator("#tweestap-status")).containsText("staat uit");
        page.locator("#instellen\\:begin").click();
        assertThat(page.locator(".qr-code svg")).isVisible();
        String secret = page.locator("#geheim").textContent().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        page.locator("#instellen\\:code").fill(TwoFactorIT.code(secret, Instant.now()));
        page.locator("#instellen\\:bevestig").click();
        assertThat(page.locator("#herstelcodes li")).hasCount(10);
        assertThat(page.locator("#tweestap-status")).containsText("staat aan");
        page.locator("#sleutel\\:naam").fill(tokenName);
        page.locator("#sleutel\\:maak").click();
        String token = page.locator("#sleutelWaarde").textContent().strip();
        assertThat(token).startsWith("dsk_");
        return token;
    }

    /** A browser for the next person, so that each one's session stays while the others work; the page from now on. */
    private Page browserOfTheirOwn() {
        BrowserContext own = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        own.setDefaultTimeout(15_000);
        browsers.add(own);
        page = own.newPage();
        return page;
    }

    /** Goes on in this person's browser. */
    private void at(Page person) {
        page = person;
    }

    /** The question form filled in for a 15-year-old from Kiel, with consent, as a teacher of a school there would. */
    static void fillIntake(Page page, String firstName) {
        page.locator("#intake\\:voornaam").fill(firstName);
        page.locator("#intake\\:achternaam").fill("Voorbeeld");
        page.locator("#intake\\:geboortedatum").fill(BORN.toString());
        page.locator("#intake\\:postcode").fill("2020");
        page.locator("#intake\\:wijk").selectOption("KIEL");
        page.locator("#intake\\:schoolstatus").selectOption("AT_RISK");
        page.locator("#intake\\:school").fill("Testschool Kiel (fictief)");
        page.locator("#intake\\:schooljaar").fill("3de jaar");
        page.locator("#intake\\:vraag").fill(firstName + " komt sinds enkele weken bijna niet meer naar school.");
        page.locator("#intake\\:probleemgebieden input[value=DROPOUT]").check();
        page.locator("#intake\\:probleemgebieden input[value=ABSENTEEISM]").check();
        page.locator("#intake\\:geprobeerd").fill("Gesprekken met de leerlingbegeleiding.");
        page.locator("#intake\\:urgentie input[value=NORMAL]").check();
        page.locator("#intake\\:toestemmingJongere").check();
        page.locator("#intake\\:toestemmingDatum").fill(LocalDate.now().toString());
        page.locator("#intake\\:toestemmingWijze").selectOption("IN_PERSON");
        page.locator("#intake\\:aanmelderOrganisatie").fill("Testschool Kiel (fictief)");
        page.locator("#intake\\:aanmelderSector").selectOption("EDUCATION");
        page.locator("#intake\\:aanmelderFunctie").fill("leerlingbegeleider");
        page.locator("#intake\\:aanmelderTelefoon").fill("03 000 00 02");
    }

    private void changeStatus(String to) {
        page.waitForResponse(response -> "POST".equals(response.request().method()),
                () -> page.locator("#statusForm\\:nieuweStatus").selectOption(to));
        page.locator("#statusForm\\:wijzigStatus").click();
        page.waitForLoadState();
    }

    private void answer(String to, String note) {
        page.waitForResponse(response -> "POST".equals(response.request().method()),
                () -> page.locator("#antwoord\\:nieuweStatus").selectOption(to));
        page.locator("#antwoord\\:notitie").fill(note);
        page.locator("#antwoord\\:verstuur").click();
        assertThat(page.locator("#messages")).containsText("Je antwoord is bewaard.");
    }

    private static List<String> usernames(HttpResponse<String> accounts) {
        assertThat(accounts.statusCode()).as(accounts.body()).isEqualTo(200);
        return Http.json(accounts).asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(account -> account.getString("username")).toList();
    }

    private static JsonObject account(String username, String token) {
        HttpResponse<String> found = Http.getWithToken("/api/accounts?q=" + URLEncoder.encode(username, StandardCharsets.UTF_8),
                token);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return Http.json(found).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(account -> account.getString("username").equals(username)).findFirst().orElseThrow();
    }

    private static String reference(String text) {
        Matcher matcher = REFERENCE.matcher(text);
        assertThat(matcher.find()).as("a case reference in " + text).isTrue();
        return matcher.group();
    }

    private static String caseId(String url) {
        Matcher matcher = CASE_URL.matcher(url);
        assertThat(matcher.matches()).as("a case address: " + url).isTrue();
        return matcher.group(1);
    }
}
