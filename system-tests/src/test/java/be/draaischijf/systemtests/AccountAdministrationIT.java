package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Administrators manage accounts over /api/accounts, and an open session follows its account: a role taken away is
 * gone at the next request, a deactivated account is logged out at its next request (browser session and HTTP
 * Basic alike), a new password ends the account's other sessions. Each test works on an account it signs up itself.
 */
class AccountAdministrationIT extends BrowserTest {

    static final String JSON = "application/json";
    static final String PASSWORD = "een eigen lang wachtwoord";

    @Test
    void aRoleTakenAwayAndADeactivationTakeEffectAtTheNextRequestOfAnOpenSessionAndOfBasic() {
        String email = signedUp("rol");
        JsonObject account = account(email);
        String id = account.getString("id");
        JsonObject coordinator = put(id, account.getInt("version"), "Rol Test", "PROFESSIONAL", "COORDINATOR");
        assertThat(coordinator.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactlyInAnyOrder("PROFESSIONAL", "COORDINATOR");

        logInAsIs(email, PASSWORD);
        open("/meldpunt");
        assertThat(page.locator("h1")).not().hasText("Geen toegang");
        assertThat(Http.get("/api/organisations", email, PASSWORD).statusCode()).as("Basic as a coordinator").isEqualTo(200);

        // the role is taken away: the open session and Basic lose it at their next request
        put(id, coordinator.getInt("version"), "Rol Test", "PROFESSIONAL");
        open("/meldpunt");
        assertThat(page.locator("h1")).hasText("Geen toegang");
        assertThat(Http.get("/api/organisations", email, PASSWORD).statusCode()).isEqualTo(403);
        open("/mijn/aanmeldingen");
        assertThat(page).hasURL(Pattern.compile(".*/mijn/aanmeldingen$"));

        // deactivated: logged out at the next request, Basic refused
        HttpResponse<String> deactivated = Http.post("/api/accounts/" + id + "/deactivate", JSON, "", "admin", "demo");
        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
        assertThat(Http.json(deactivated).asJsonObject().getBoolean("active")).isFalse();
        open("/mijn/aanmeldingen");
        assertThat(page).hasURL(Pattern.compile(".*/login\\?next=.*"));
        assertThat(Http.get("/api/me", email, PASSWORD).statusCode()).isEqualTo(401);
        logInAsIs(email, PASSWORD);
        assertThat(page.locator("#login\\:loginMessages")).containsText("niet juist");

        HttpResponse<String> reactivated = Http.post("/api/accounts/" + id + "/reactivate", JSON, "", "admin", "demo");
        assertThat(reactivated.statusCode()).isEqualTo(200);
        assertThat(Http.get("/api/me", email, PASSWORD).statusCode()).isEqualTo(200);

        JsonArray changes = Http.json(Http.get("/api/accounts/" + id + "/changes", "admin", "demo")).asJsonArray();
        assertThat(changes.getValuesAs(JsonObject.class)).extracting(change -> change.getString("kind"))
                .as("newest first").containsExactly("REACTIVATED", "DEACTIVATED", "ROLES", "ROLES");
        assertThat(changes.getJsonObject(0).getString("by")).isEqualTo("admin");
    }

    @Test
    void aNewPasswordEndsTheAccountsOtherSessionsAndItsApiTokens() {
        String email = signedUp("sessie");
        BrowserContext otherBrowser = browser.newContext();
        Page other = otherBrowser.newPage();
        other.navigate(baseUrl + "/login");
        other.locator("#login\\:username").fill(email);
        other.locator("input[type=password]").fill(PASSWORD);
        other.locator("#login\\:submit").click();
        assertThat(other).hasURL(Pattern.compile(".*/mijn/aanmeldingen$"));
        other.navigate(baseUrl + "/account/beveiliging");
        other.locator("#sleutel\\:naam").fill("mijn script");
        other.locator("#sleutel\\:maak").click();
        String token = other.locator("#sleutelWaarde").textContent().strip();
        assertThat(Http.getWithToken("/api/me", token).statusCode()).isEqualTo(200);

        // a forgotten password, replaced through the mailed link in this browser
        open("/wachtwoord");
        page.locator("#reset\\:email").fill(email);
        page.locator("#reset\\:stuur").click();
        follow(AccountSignUpIT.link(AccountSignUpIT.mailTo(email, "kies een nieuw wachtwoord")));
        page.locator("#nieuw\\:wachtwoord").fill("een ander lang wachtwoord");
        page.locator("#nieuw\\:herhaal").fill("een ander lang wachtwoord");
        page.locator("#nieuw\\:bewaar").click();
        assertThat(page.locator("#welkom")).containsText("Je wachtwoord is ingesteld");

        other.navigate(baseUrl + "/mijn/aanmeldingen");
        assertThat(other).hasURL(Pattern.compile(".*/login\\?next=.*"));
        otherBrowser.close();
        assertThat(Http.get("/api/me", email, PASSWORD).statusCode()).isEqualTo(401);
        assertThat(Http.get("/api/me", email, "een ander lang wachtwoord").statusCode()).isEqualTo(200);
        assertThat(Http.getWithToken("/api/me", token).statusCode()).as("the token made with the old password ends too")
                .isEqualTo(401);
    }

    @Test
    void onlyAdministratorsManageAccountsAndTheLastAdministratorStays() {
        assertThat(Http.get("/api/accounts", "coordinator", "demo").statusCode()).isEqualTo(403);
        assertThat(Http.get("/api/accounts").statusCode()).isEqualTo(401);

        HttpResponse<String> coordinators = Http.get("/api/accounts?role=COORDINATOR&active=true", "admin", "demo");
        assertThat(coordinators.statusCode()).isEqualTo(200);
        assertThat(coordinators.headers().firstValue("X-Total-Count")).isPresent();
        assertThat(Http.json(coordinators).asJsonArray().getValuesAs(JsonObject.class))
                .extracting(account -> account.getString("username")).contains("coordinator", "coordinator2");
        assertThat(Http.get("/api/accounts?role=BAAS", "admin", "demo").statusCode()).isEqualTo(400);
        assertThat(Http.get("/api/accounts?active=ja", "admin", "demo").statusCode()).isEqualTo(400);

        String admin = account("admin").getString("id");
        HttpResponse<String> refused = Http.post("/api/accounts/" + admin + "/deactivate", JSON, "", "admin", "demo");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("laatste actieve beheerder").contains("LAST_ADMIN");
        HttpResponse<String> english = Http.post("/api/accounts/" + admin + "/deactivate", JSON, "", "admin", "demo", "en");
        assertThat(english.body()).contains("last active administrator");

        JsonObject account = account("admin");
        HttpResponse<String> demoted = Http.put("/api/accounts/" + admin, Json.createObjectBuilder()
                .add("version", account.getInt("version")).add("displayName", account.getString("displayName"))
                .add("roles", Json.createArrayBuilder().add("COORDINATOR")).build().toString(), "admin", "demo");
        assertThat(demoted.statusCode()).isEqualTo(409);
        HttpResponse<String> noVersion = Http.put("/api/accounts/" + admin, "{\"displayName\":\"x\",\"roles\":[\"ADMIN\"]}",
                "admin", "demo");
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(noVersion.body()).contains("version");
    }

    /** A professional's account, signed up and confirmed through the pages and the mailed link; its address. */
    private String signedUp(String name) {
        String email = AccountSignUpIT.unique(name);
        open("/aanmelden-account");
        page.locator("#signup\\:naam").fill("Rol Test");
        page.locator("#signup\\:email").fill(email);
        page.locator("#signup\\:organisatie").fill("Basisschool De Linde");
        page.locator("#signup\\:functie").fill("Leerkracht");
        page.locator("#signup\\:maakAan").click();
        assertThat(page.locator("#sent")).isVisible();
        follow(AccountSignUpIT.link(AccountSignUpIT.mailTo(email, "bevestig je e-mailadres")));
        page.locator("#bevestig\\:wachtwoord").fill(PASSWORD);
        page.locator("#bevestig\\:herhaal").fill(PASSWORD);
        page.locator("#bevestig\\:bevestigKnop").click();
        assertThat(page.locator("#bevestigd")).isVisible();
        return email;
    }

    private static JsonObject account(String username) {
        HttpResponse<String> found = Http.get("/api/accounts?q=" + java.net.URLEncoder.encode(username,
                java.nio.charset.StandardCharsets.UTF_8), "admin", "demo");
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return Http.json(found).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(account -> account.getString("username").equals(username)).findFirst().orElseThrow();
    }

    private static JsonObject put(String id, int version, String name, String... roles) {
        var list = Json.createArrayBuilder();
        for (String role : roles) {
            list.add(role);
        }
        HttpResponse<String> changed = Http.put("/api/accounts/" + id, Json.createObjectBuilder().add("version", version)
                .add("displayName", name).add("roles", list).build().toString(), "admin", "demo");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        return Http.json(changed).asJsonObject();
    }
}
