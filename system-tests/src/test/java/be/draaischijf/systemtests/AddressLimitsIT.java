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
 * from that address, while the same user logs in from another address. The same for what a robot would repeat
 * without logging in: sign-ups and new-password requests share one limit per address (the page says so in Dutch
 * and keeps what was typed), and questions about a young person have theirs (429 with Retry-After over the API),
 * while another address goes on. The addresses come through X-Forwarded-For from the proxy the tests' server trusts
 * (127.0.0.1).
 */
class AddressLimitsIT extends BrowserTest {

    /** What a page says to an address past its limit ({@code limits.tooMany}). */
    static final String TOO_MANY_ON_PAGE = "Te veel pogingen vanaf dit adres";

    /** Sign-ups, new-password requests and intakes a minute from one address in the tests' server (DeployedApp). */
    static final int LIMIT = DeployedApp.RATE_LIMIT_PER_MINUTE;

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
        assertThat(page.locator("#lijst\\:gebeurtenissen")).containsText("Inloggen mislukt: onbekend account");
        assertAccessible("/beheer/beveiliging, a search (nl)");
        screenshot("beveiliging-gezocht-nl");
        page.locator(".language-switch").click();
        assertThat(page.locator("h1")).hasText("Security");
        assertAccessible("/beheer/beveiliging (en)");
        screenshot("beveiliging-en");
    }

    @Test
    void signUpsAndNewPasswordRequestsFromOneAddressShareOneLimitAndThePageSaysSoWhileAnotherAddressSignsUp() {
        // a robot alternates the two forms, each post invalid (cheap: judged on its content, no account, no mail)
        // CHECK: ScriptedForm posts as the load scenarios do (form id, fields, button, view state); no other test does
        // it yet against these two pages
        String robot = "203.0.113.71";
        ScriptedForm signUp = new ScriptedForm(robot, "/aanmelden-account", "signup");
        ScriptedForm newPassword = new ScriptedForm(robot, "/wachtwoord", "reset");
        Map<String, String> badSignUp = Map.of("naam", "Robot Proef", "email", "geen-adres", "organisatie", "Robotschool",
                "functie", "robot");
        int admitted = 0;
        HttpResponse<String> refusedSignUp = null;
        HttpResponse<String> refusedRequest = null;
        for (int post = 0; (refusedSignUp == null || refusedRequest == null) && post < 3 * LIMIT; post++) {
            boolean signingUp = post % 2 == 0;
            HttpResponse<String> answer = signingUp ? signUp.submit("maakAan", badSignUp)
                    : newPassword.submit("stuur", Map.of("email", ""));
            assertThat(answer.statusCode()).as("post %d", post + 1).isEqualTo(200);
            if (!answer.body().contains(TOO_MANY_ON_PAGE)) {
                admitted++;
            } else if (signingUp) {
                refusedSignUp = answer;
            } else {
                refusedRequest = answer;
            }
        }
        assertThat(refusedSignUp).as("the sign-up refused").isNotNull();
        assertThat(refusedRequest).as("the new-password request refused").isNotNull();
        // one minute's allowance for both forms together, plus the few that came back during the burst (one every
        // 0.6 s); two limits of their own would have let twice as many through
        // CHECK: the upper bound assumes the burst of ~100 posts takes well under 30 s on the busy 2-core machine
        assertThat(admitted).isBetween(LIMIT, LIMIT + LIMIT / 2);
        assertThat(refusedSignUp.body()).contains("Probeer het over").as("what was typed stays")
                .contains("value=\"Robot Proef\"").doesNotContain("id=\"sent\"");
        assertThat(refusedRequest.body()).doesNotContain("id=\"sent\"");

        // a person at another address signs up and asks for a new password as usual
        String email = AccountSignUpIT.unique("ander.adres");
        context.setExtraHTTPHeaders(Map.of("X-Forwarded-For", "203.0.113.72"));
        open("/aanmelden-account");
        page.locator("#signup\\:naam").fill("Ander Adres");
        page.locator("#signup\\:email").fill(email);
        page.locator("#signup\\:organisatie").fill("Basisschool De Linde");
        page.locator("#signup\\:functie").fill("Leerkracht");
        page.locator("#signup\\:maakAan").click();
        assertThat(page.locator("#sent")).containsText("Kijk in je mailbox");
        AccountSignUpIT.mailTo(email, "bevestig je e-mailadres");
        open("/wachtwoord");
        page.locator("#reset\\:email").fill(email);
        page.locator("#reset\\:stuur").click();
        assertThat(page.locator("#sent")).containsText("Als er een account is met dit e-mailadres");
    }

    @Test
    void questionsAboutAYoungPersonFromOneAddressAreRefusedWith429PastTheLimitWhileAnotherAddressAsks() {
        // a professional's script, with a personal API token (cheap per request, unlike HTTP Basic's password hash)
        logIn("professional", "demo");
        open("/account/beveiliging");
        page.locator("#sleutel\\:naam").fill("limiet-script");
        page.locator("#sleutel\\:maak").click();
        String token = page.locator("#sleutelWaarde").textContent().strip();
        assertThat(token).startsWith("dsk_");

        // empty questions from one address: each judged on its content (400) until the address's limit is reached
        // CHECK: "{}" is refused by the module's parameter validation (400) before any work, after the limit counted it
        String robot = "203.0.113.73";
        int admitted = 0;
        HttpResponse<String> answer = Http.postWithTokenFrom(robot, "/api/referrals", "{}", token);
        while (answer.statusCode() != 429 && admitted < 3 * LIMIT) {
            assertThat(answer.statusCode()).as("question %d: %s", admitted + 1, answer.body()).isEqualTo(400);
            admitted++;
            answer = Http.postWithTokenFrom(robot, "/api/referrals", "{}", token);
        }
        assertThat(admitted).as("one minute's allowance, plus what came back during the burst").isBetween(LIMIT, LIMIT + LIMIT / 2);
        ReferralApiIT.assertProblem(answer, 429);
        assertThat(answer.headers().firstValue("Retry-After"))
                .hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        assertThat(answer.body()).contains("Te veel pogingen");

        // the same professional from another address asks a real question
        HttpResponse<String> elsewhere = Http.postWithTokenFrom("203.0.113.74", "/api/referrals",
                ReferralApiIT.intake(ReferralApiIT.uniqueFirstName(), true).build().toString(), token);
        assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(201);
    }
}
