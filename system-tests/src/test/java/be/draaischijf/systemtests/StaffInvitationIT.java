package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Staff are invited, not made by a script: the administrator invites a partner organisation's administrator on
 * /beheer/accounts, who chooses a password from the mailed link and invites and deactivates colleagues of their
 * own organisation on /partner/collegas, and nothing of another organisation. The same over /api/accounts.
 */
class StaffInvitationIT extends BrowserTest {

    static final String JSON = "application/json";
    static final String PASSWORD = "een eigen lang wachtwoord";

    @Test
    void theAdministratorInvitesAPartnersAdministratorWhoInvitesAndDeactivatesAColleague() {
        JsonObject organisation = firstOrganisation();
        String chief = AccountSignUpIT.unique("chef");
        logIn("admin", "demo");
        open("/beheer/accounts");
        page.locator("#uitnodiging summary").click();
        assertAccessible("accounts: the invitation form open");
        screenshot("accounts-uitnodigen-nl");
        page.locator("#uitnodigen\\:verstuur").click();
        assertThat(page.locator(".field:has(#uitnodigen\\:email) .ui-message")).containsText(Pattern.compile("vul een e-mailadres in", Pattern.CASE_INSENSITIVE));
        assertThat(page.locator("fieldset:has(#uitnodigen\\:rollen) .ui-message")).containsText(Pattern.compile("kies minstens één rol", Pattern.CASE_INSENSITIVE));
        assertAccessible("accounts: an invitation refused, the reasons next to the fields");
        screenshot("accounts-uitnodigen-fouten-nl");

        page.locator("#uitnodigen\\:email").fill(chief);
        page.locator("#uitnodigen\\:naam").fill("Chef Partner");
        page.getByLabel("Partner", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Beheerder partnerorganisatie").check();
        page.locator("#uitnodigen\\:organisatie").selectOption(new SelectOption().setLabel(organisation.getString("name")));
        page.locator("#uitnodigen\\:verstuur").click();
        assertThat(page.locator("#messages")).containsText("Chef Partner is uitgenodigd");
        assertThat(page.locator("#beheren")).containsText("Wacht op bevestiging");
        assertThat(page.locator("#beheren")).containsText("Uitgenodigd");
        assertThat(page.locator("#account\\:opnieuw-uitnodigen")).isVisible();
        assertAccessible("accounts: someone invited, their account open");
        screenshot("accounts-uitgenodigd-nl");
        page.locator("#account\\:opnieuw-uitnodigen").click();
        assertThat(page.locator("#messages")).containsText("minder dan een minuut geleden");

        // the partner's administrator chooses a password from the mail and manages the colleagues
        openContext();
        choosePasswordFromInvitation(chief, PASSWORD);
        logIn(chief, PASSWORD);
        page.locator(".site-nav a:text-is('Collega\\'s')").click();
        assertThat(page.locator("h1")).hasText("Collega's");
        assertThat(page.locator("#collegas")).containsText(chief);
        assertAccessible("colleagues: the organisation's accounts and the invitation form");

        String colleague = AccountSignUpIT.unique("collega");
        page.locator("#uitnodigen\\:email").fill(colleague);
        page.locator("#uitnodigen\\:naam").fill("Collega Partner");
        page.getByLabel("Partner", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#uitnodigen\\:verstuur").click();
        assertThat(page.locator("#messages")).containsText("Collega Partner is uitgenodigd");
        assertThat(page.locator("#collegas")).containsText(colleague);

        // the colleague works, until their organisation switches the account off
        BrowserContext colleagueBrowser = browser.newContext();
        Page other = colleagueBrowser.newPage();
        other.navigate(AccountSignUpIT.link(AccountSignUpIT.mailTo(colleague, "je account is klaar")));
        other.locator("#nieuw\\:wachtwoord").fill(PASSWORD);
        other.locator("#nieuw\\:herhaal").fill(PASSWORD);
        other.locator("#nieuw\\:bewaar").click();
        other.navigate(baseUrl + "/login");
        other.locator("#login\\:username").fill(colleague);
        other.locator("input[type=password]").fill(PASSWORD);
        other.locator("#login\\:submit").click();
        assertThat(other).hasURL(Pattern.compile(".*/partner$"));
        assertThat(other.locator("#organisation-name")).hasText(organisation.getString("name"));

        open("/partner/collegas");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Account uitschakelen: Collega Partner")).click();
        assertThat(page.locator("#messages")).containsText("Het account van Collega Partner is uitgeschakeld");
        assertAccessible("colleagues: a colleague deactivated");
        screenshot("collegas-uitgeschakeld-nl");
        other.navigate(baseUrl + "/partner");
        assertThat(other).hasURL(Pattern.compile(".*/login\\?next=.*"));
        colleagueBrowser.close();

        // a partner's administrator reaches their own organisation only
        HttpResponse<String> own = Http.get("/api/accounts", chief, PASSWORD);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(Http.json(own).asJsonArray().getValuesAs(JsonObject.class))
                .extracting(account -> account.getString("username")).contains(chief, colleague);
        assertThat(Http.json(own).asJsonArray().getValuesAs(JsonObject.class))
                .as("only their own organisation's").extracting(account -> account.getString("organisationId"))
                .containsOnly(organisation.getString("id"));
        HttpResponse<String> coordinator = Http.post("/api/accounts", JSON, invitation(AccountSignUpIT.unique("baas"),
                "COORDINATOR", null), chief, PASSWORD);
        assertThat(coordinator.statusCode()).isEqualTo(400);
        assertThat(coordinator.body()).contains("roles");
        String somebody = Http.json(Http.get("/api/accounts?q=coordinator2", "admin", "demo")).asJsonArray()
                .getJsonObject(0).getString("id");
        assertThat(Http.post("/api/accounts/" + somebody + "/deactivate", JSON, "", chief, PASSWORD).statusCode())
                .as("another organisation's account is not found").isEqualTo(404);
        assertThat(Http.get("/api/accounts", "partner.elegast", "demo").statusCode())
                .as("a partner who is not the organisation's administrator").isEqualTo(403);
        openContext();
        logIn("partner.elegast", "demo");
        open("/partner/collegas");
        assertThat(page.locator("h1")).hasText("Geen toegang");
    }

    @Test
    void anAdministratorInvitesOverTheApiAndAnInvitationIsSentAgainOnlyWhileItWaits() {
        String email = AccountSignUpIT.unique("coord");
        HttpResponse<String> created = Http.post("/api/accounts", JSON, invitation(email, "COORDINATOR", null), "admin", "demo");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject account = Http.json(created).asJsonObject();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/accounts/"
                + account.getString("id")));
        assertThat(account.getBoolean("pending")).isTrue();
        assertThat(Http.post("/api/accounts", JSON, invitation(email, "COORDINATOR", null), "admin", "demo").statusCode())
                .as("the address has an account").isEqualTo(400);
        assertThat(Http.post("/api/accounts", JSON, invitation(AccountSignUpIT.unique("x"), "PARTNER", null), "admin", "demo")
                .body()).as("a partner needs an organisation").contains("organisationId");
        assertThat(Http.post("/api/accounts", JSON, invitation(AccountSignUpIT.unique("y"), "COORDINATOR", null),
                "coordinator", "demo").statusCode()).isEqualTo(403);

        HttpResponse<String> tooSoon = Http.post("/api/accounts/" + account.getString("id") + "/invitation", JSON, "", "admin", "demo");
        assertThat(tooSoon.statusCode()).isEqualTo(409);
        assertThat(tooSoon.body()).contains("TOO_SOON");

        openContext();
        choosePasswordFromInvitation(email, PASSWORD);
        assertThat(Http.get("/api/me", email, PASSWORD).statusCode()).isEqualTo(200);
        HttpResponse<String> inUse = Http.post("/api/accounts/" + account.getString("id") + "/invitation", JSON, "", "admin", "demo");
        assertThat(inUse.statusCode()).isEqualTo(409);
        assertThat(inUse.body()).contains("NOT_PENDING");
    }

    private static String invitation(String email, String role, String organisationId) {
        var body = Json.createObjectBuilder().add("email", email).add("displayName", "Uitgenodigd")
                .add("roles", Json.createArrayBuilder().add(role));
        if (organisationId != null) {
            body.add("organisationId", organisationId);
        }
        return body.build().toString();
    }

    private static JsonObject firstOrganisation() {
        HttpResponse<String> organisations = Http.get("/api/organisations?size=1", "admin", "demo");
        assertThat(organisations.statusCode()).as(organisations.body()).isEqualTo(200);
        return Http.json(organisations).asJsonArray().getJsonObject(0);
    }
}
