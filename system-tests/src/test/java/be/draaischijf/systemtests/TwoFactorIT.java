package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

/**
 * Two-step verification as a person uses it: an invited coordinator sets it up on /account/beveiliging with the code
 * their app shows (the test computes it from the key on the page, RFC 6238), keeps ten recovery codes, logs in again
 * with password and code, or password and a recovery code; their password no longer opens the API, a personal token
 * does until they revoke it.
 */
class TwoFactorIT extends BrowserTest {

    static final String PASSWORD = "een eigen lang wachtwoord";

    @Test
    void aCoordinatorSetsUpTwoStepVerificationLogsInWithACodeAndUsesATokenForTheApi() throws Exception {
        String email = AccountSignUpIT.unique("tweestap");
        HttpResponse<String> invited = Http.post("/api/accounts", "application/json", Json.createObjectBuilder()
                .add("email", email).add("displayName", "Coördinator Tweestap")
                .add("roles", Json.createArrayBuilder().add("COORDINATOR"))
                .add("contactPointId", ContactPointsIT.NETSTERK).build().toString(), "admin", "demo");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        follow(AccountSignUpIT.link(AccountSignUpIT.mailTo(email, "je account is klaar")));
        page.locator("#nieuw\\:wachtwoord").fill(PASSWORD);
        page.locator("#nieuw\\:herhaal").fill(PASSWORD);
        page.locator("#nieuw\\:bewaar").click();
        logIn(email, PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/meldpunt.*"));

        page.locator("#mijnBeveiliging").click();
        assertThat(page.locator("h1")).hasText("Mijn beveiliging");
        assertThat(page.locator("#tweestap-status")).containsText("staat uit");
        page.locator("#instellen\\:begin").click();
        assertThat(page.locator(".qr-code svg")).isVisible();
        String secret = page.locator("#geheim").textContent().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        page.locator("#instellen\\:code").fill("000000");
        page.locator("#instellen\\:bevestig").click();
        assertThat(page.locator(".field:has(#instellen\\:code) .ui-message")).containsText("klopt niet");
        assertAccessible("/account/beveiliging, setting up, a wrong code (nl)");
        screenshot("beveiliging-instellen-nl");
        page.locator("#instellen\\:code").fill(code(secret, Instant.now()));
        page.locator("#instellen\\:bevestig").click();
        assertThat(page.locator("#herstelcodes li")).hasCount(10);
        List<String> recovery = page.locator("#herstelcodes code").allTextContents();
        assertThat(page.locator("#tweestap-status")).containsText("staat aan");
        assertAccessible("/account/beveiliging, the recovery codes (nl)");
        screenshot("beveiliging-herstelcodes-nl");

        // the password alone no longer opens the API; a personal token does
        assertThat(Http.get("/api/me", email, PASSWORD).statusCode()).isEqualTo(401);
        page.locator("#sleutel\\:naam").fill("rapport-script");
        page.locator("#sleutel\\:maak").click();
        String token = page.locator("#sleutelWaarde").textContent().strip();
        assertThat(token).startsWith("dsk_");
        assertThat(page.locator("#sleuteltabel")).containsText("rapport-script");
        assertThat(bearer("/api/me", token).body()).contains(email);
        page.locator(".language-switch").click();
        assertThat(page.locator("h1")).hasText("My security");
        assertAccessible("/account/beveiliging, a token made (en)");
        screenshot("beveiliging-sleutel-en");
        page.locator(".language-switch").click();

        // a new login: password, then the code the app shows (the next step's, as a phone slightly ahead would)
        context.clearCookies();
        logIn(email, PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/login/code.*"));
        assertThat(page.locator("h1")).hasText("Code uit je app");
        page.locator("#stap2\\:code").fill("123456");
        page.locator("#stap2\\:verder").click();
        assertThat(page.locator(".field:has(#stap2\\:code) .ui-message")).containsText("klopt niet");
        assertAccessible("/login/code, a wrong code (nl)");
        screenshot("login-code-fout-nl");
        page.locator("#stap2\\:code").fill(code(secret, Instant.now().plusSeconds(30)));
        page.locator("#stap2\\:verder").click();
        assertThat(page).hasURL(Pattern.compile(".*/meldpunt.*"));

        // and with a recovery code, once
        context.clearCookies();
        logIn(email, PASSWORD);
        page.locator("#stap2\\:code").fill(recovery.get(0));
        page.locator("#stap2\\:verder").click();
        assertThat(page).hasURL(Pattern.compile(".*/meldpunt.*"));
        open("/account/beveiliging?lang=en");
        assertThat(page.locator("#tweestap-status")).containsText("9");
        screenshot("beveiliging-aan-en");
        open("/account/beveiliging?lang=nl");
        context.clearCookies();
        logIn(email, PASSWORD);
        page.locator("#stap2\\:code").fill(recovery.get(0));
        page.locator("#stap2\\:verder").click();
        assertThat(page).hasURL(Pattern.compile(".*/login/code.*"));

        // revoked, the token stops working
        context.clearCookies();
        logIn(email, PASSWORD);
        page.locator("#stap2\\:code").fill(recovery.get(1));
        page.locator("#stap2\\:verder").click();
        open("/account/beveiliging");
        page.locator("#sleuteltabel button").first().click();
        assertThat(page.locator("#messages")).containsText("ingetrokken");
        assertThat(bearer("/api/me", token).statusCode()).isEqualTo(401);

        String events = Http.get("/api/security-events?size=100&q=" + email, "admin", "demo").body();
        assertThat(events).contains("TWO_FACTOR_ENABLED", "RECOVERY_CODE_USED", "API_TOKEN_CREATED", "API_TOKEN_REVOKED",
                "SECOND_FACTOR_REQUIRED", "WRONG_CODE").doesNotContain(recovery.get(0)).doesNotContain(token);
    }

    /** The code an authenticator app shows for this key at this moment. */
    static String code(String secret, Instant at) throws Exception {
        TimeBasedOneTimePasswordGenerator app = new TimeBasedOneTimePasswordGenerator();
        return app.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(secret), app.getAlgorithm()), at);
    }

    private static HttpResponse<String> bearer(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(DeployedApp.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
