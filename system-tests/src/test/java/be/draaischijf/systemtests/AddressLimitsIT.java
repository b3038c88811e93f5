package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Per-address limits on logins: a burst of failed logins over many usernames from one address is slowed (HTTP Basic
 * answers 429 with Retry-After, the login page says what it says for a wrong password), also for a right password
 * from that address, while the same user logs in from another address. The addresses come through X-Forwarded-For
 * from the proxy the tests' server trusts (127.0.0.1).
 */
class AddressLimitsIT extends BrowserTest {

    @Test
    void aBurstOfFailedLoginsFromOneAddressIsSlowedWhileTheUserLogsInFromAnother() {
        String attacker = "203.0.113.61";
        for (int i = 0; i < DeployedApp.LOGIN_FAILURES_PER_MINUTE; i++) {
            HttpResponse<String> guess = Http.getFrom(attacker, "/api/me", "gok" + i + "@school.example.org", "raden-" + i);
            assertThat(guess.statusCode()).as("guess %d", i + 1).isEqualTo(401);
        }

        HttpResponse<String> slowed = Http.getFrom(attacker, "/api/me", "coordinator", "demo");
        assertThat(slowed.statusCode()).as("even the right password waits").isEqualTo(429);
        assertThat(slowed.headers().firstValue("Retry-After"))
                .hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(slowed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(slowed.body()).contains("Te veel pogingen");

        assertThat(Http.getFrom("203.0.113.62", "/api/me", "coordinator", "demo").statusCode())
                .as("the same user from another address").isEqualTo(200);

        // the login page from the slowed address: the words of a wrong password, no login
        context.setExtraHTTPHeaders(Map.of("X-Forwarded-For", attacker));
        logIn("coordinator", "demo");
        assertThat(page.locator("#login\\:loginMessages")).containsText("niet juist, of er waren te veel mislukte pogingen");
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));

        openContext();
        context.setExtraHTTPHeaders(Map.of("X-Forwarded-For", "203.0.113.62"));
        logIn("coordinator", "demo");
        assertThat(page).hasURL(Pattern.compile(".*/meldpunt.*"));

        // the security event log holds each guess, the limit once, and the login from the other address
        assertThat(Http.get("/api/security-events").statusCode()).isEqualTo(401);
        assertThat(Http.get("/api/security-events", "coordinator", "demo").statusCode()).isEqualTo(403);
        HttpResponse<String> fromAttacker = Http.get("/api/security-events?size=500&address=" + attacker, "admin", "demo");
        assertThat(fromAttacker.statusCode()).as(fromAttacker.body()).isEqualTo(200);
        jakarta.json.JsonArray events = Http.json(fromAttacker).asJsonArray();
        assertThat(events.getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("LOGIN_FAILED")).count())
                .as("every guess, none after the limit: those were refused before an account was looked at")
                .isEqualTo(DeployedApp.LOGIN_FAILURES_PER_MINUTE);
        assertThat(events.getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("ADDRESS_LIMITED")).count()).isEqualTo(1);
        assertThat(events.toString()).doesNotContain("raden-");
        HttpResponse<String> logins = Http.get("/api/security-events?kind=LOGIN_SUCCEEDED&q=coordinator&address=203.0.113.62",
                "admin", "demo");
        assertThat(Http.json(logins).asJsonArray()).as("the login page's login from the other address").hasSize(1);
        assertThat(logins.headers().firstValue("X-Total-Count")).hasValue("1");
        assertThat(Http.get("/api/security-events?from=gisteren", "admin", "demo").statusCode()).isEqualTo(400);

        // the administrators' page finds them too
        openContext();
        logIn("admin", "demo");
        open("/beheer/beveiliging");
        page.locator("#zoeken\\:adres").fill(attacker);
        page.locator("#zoeken\\:zoek").click();
        assertThat(page.locator("#lijst\\:gebeurtenissen")).containsText("Adres tijdelijk geweigerd");
        assertThat(page.locator("#lijst\\:gebeurtenissen")).containsText("Aanmelden mislukt: onbekend account");
        assertAccessible("/beheer/beveiliging, a search (nl)");
        screenshot("beveiliging-gezocht-nl");
        page.locator(".language-switch").click();
        assertThat(page.locator("h1")).hasText("Security");
        assertAccessible("/beheer/beveiliging (en)");
        screenshot("beveiliging-en");
    }
}
