package be.draaischijf.systemtests;

import static be.draaischijf.systemtests.ReferralApiIT.JSON;
import static be.draaischijf.systemtests.ReferralApiIT.PW;
import static be.draaischijf.systemtests.ReferralApiIT.assertProblem;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Administrators are not case workers (issue 16, ADR 0042): over the API an administrator's {@code GET
 * /api/referrals/{id}} is a 403 until they open the case with a written reason ({@code POST .../break-glass}); the
 * case's coordinator gets a mail with who and why; the audit log says so without the reason. On the case page the
 * administrator first reads what will happen and writes why; an empty or short reason is told in the error summary;
 * then the case shows under a banner saying until when and why. In Dutch and English, through axe in every state.
 */
class BreakGlassIT extends BrowserTest {

    static final String REASON = "Inzageverzoek van een ouder, ontvangen per brief op het stadskantoor";

    @Test
    void anAdministratorReadsACaseOverTheApiOnlyAfterOpeningItWithAReasonAndItsCoordinatorIsMailed() {
        JsonObject sent = ReferralApiIT.submit("professional", ReferralApiIT.intake(ReferralApiIT.uniqueFirstName(), true));
        String id = sent.getString("id");
        String reference = sent.getString("reference");
        ReferralApiIT.toStatus(id, "IN_ANALYSIS"); // the coordinator takes the case: they are the one told

        // without a reason: the case and the workbench are refused, in words; the audit log is not
        HttpResponse<String> refused = Http.get("/api/referrals/" + id, "admin", PW);
        assertProblem(refused, 403);
        assertThat(Http.json(refused).asJsonObject().getString("detail")).contains("geschreven reden");
        assertThat(refused.body()).doesNotContain("Voorbeeld").doesNotContain("Spijbelt");
        assertProblem(Http.get("/api/referrals?size=10", "admin", PW), 403);
        assertProblem(Http.get("/api/referrals?q=Voorbeeld", "admin", PW), 403);
        assertThat(Http.get("/api/referrals/" + id + "/audit", "admin", PW).statusCode()).isEqualTo(200);

        // a reason too short: 400, the field named, said in Dutch (or English when asked)
        HttpResponse<String> tooShort = Http.post(path(id), JSON, reason("even kijken"), "admin", PW);
        assertProblem(tooShort, 400);
        assertThat(ReferralApiIT.fieldsOf(tooShort)).containsExactly("reason");
        assertThat(Http.json(tooShort).asJsonObject().getString("detail")).isEqualTo("Een of meer velden zijn niet correct ingevuld.");
        assertThat(Http.json(tooShort).asJsonObject().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("schrijf in 20 tot 1000 tekens waarom je dit dossier moet openen");
        HttpResponse<String> english = Http.post(path(id), JSON, reason("just looking"), "admin", PW, "en");
        assertProblem(english, 400);
        assertThat(Http.json(english).asJsonObject().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("write in 20 to 1000 characters why you need to open this case");
        assertProblem(Http.post(path(id), JSON, "{}", "admin", PW), 400);
        assertProblem(Http.post(path(UUID.randomUUID().toString()), JSON, reason(REASON), "admin", PW), 404);
        assertProblem(Http.post(path(id), JSON, reason(REASON), "coordinator", PW), 403);
        assertProblem(Http.post(path(id), JSON, reason(REASON), "professional", PW), 403);
        assertProblem(Http.get("/api/referrals/" + id, "admin", PW), 403);

        // with a reason: the grant, then the case
        HttpResponse<String> opened = Http.post(path(id), JSON, reason(REASON), "admin", PW);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        JsonObject grant = Http.json(opened).asJsonObject();
        assertThat(grant.getString("caseId")).isEqualTo(id);
        assertThat(grant.getString("reference")).isEqualTo(reference);
        assertThat(grant.getString("username")).isEqualTo("admin");
        assertThat(grant.getString("reason")).isEqualTo(REASON);
        assertThat(Instant.parse(grant.getString("expiresAt"))).isAfter(Instant.parse(grant.getString("grantedAt")));

        JsonObject detail = ReferralApiIT.detail(id, "admin");
        assertThat(detail.getString("reference")).isEqualTo(reference);
        assertThat(detail.getJsonArray("timeline").getValuesAs(JsonObject.class))
                .filteredOn(entry -> "BREAK_GLASS".equals(entry.getString("kind")))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.getJsonObject("message").getString("key")).isEqualTo("event.breakGlass");
                    assertThat(entry.getString("text")).isEqualTo(REASON);
                });
        HttpResponse<String> audit = Http.get("/api/referrals/" + id + "/audit", "coordinator", PW);
        assertThat(audit.body()).contains("audit.breakGlass").doesNotContain("Inzageverzoek");
        assertProblem(Http.get("/api/referrals?size=10", "admin", PW), 403);

        // the case's coordinator hears who opened it and why
        MimeMessage mail = ReferralApiIT.awaitMail("to the coordinator about " + reference, m -> TrainingApiIT.subject(m)
                .contains("een beheerder opende dossier " + reference) && TrainingApiIT.to(m).contains("coordinator@example.org"));
        assertThat(TrainingApiIT.text(mail)).contains("Demo Beheerder", REASON, "/meldpunt/dossiers/" + id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void theCasePageAsksAnAdministratorWhyFirstAndThenShowsTheCaseUnderABanner(String language) {
        boolean dutch = "nl".equals(language);
        String firstName = ReferralApiIT.uniqueFirstName();
        String id = ReferralApiIT.submit("professional", ReferralApiIT.intake(firstName, true)).getString("id");

        logIn("admin", PW);
        open("/meldpunt/dossiers/" + id + "?lang=" + language);
        assertThat(page.locator("html")).hasAttribute("lang", language);

        // what will happen, said first; the case itself not shown
        assertThat(page.locator("h1")).hasText(dutch ? "Dossier openen als beheerder" : "Open a case as an administrator");
        assertThat(page.locator("#breekglas-waarschuwing")).containsText(dutch ? "krijgt een e-mail" : "gets an e-mail");
        assertThat(page.locator("#samenvatting")).hasCount(0);
        assertThat(page.locator("#inhoud")).not().containsText(firstName);
        assertThat(page.locator("a[href$='/meldpunt/dossiers']")).hasCount(0);
        assertAccessible("the case page asking an administrator why (" + language + ")");
        screenshot("dossier-beheerder-reden-" + language);

        // nothing written: the error summary, focused, its link to the field
        page.locator("#breekglas\\:openDossier").click();
        assertThat(page.locator("#foutoverzicht")).isFocused();
        assertThat(page.locator("#foutoverzicht")).containsText(dutch ? "Schrijf waarom je dit dossier moet openen."
                : "Write why you need to open this case.");
        page.locator("#foutoverzicht a").first().click();
        assertThat(page.locator("#breekglas\\:reden")).isFocused();
        assertThat(page.locator("#samenvatting")).hasCount(0);
        assertAccessible("the case page, no reason written (" + language + ")");
        screenshot("dossier-beheerder-reden-leeg-" + language);

        // too short: the module's rule, next to the field and in the summary
        page.locator("#breekglas\\:reden").fill("even kijken");
        page.locator("#breekglas\\:openDossier").click();
        assertThat(page.locator("#foutoverzicht")).isFocused();
        assertThat(page.locator("#foutoverzicht")).containsText(dutch ? "Schrijf in 20 tot 1000 tekens"
                : "Write in 20 to 1000 characters");
        assertThat(page.locator("#breekglas\\:reden")).hasValue("even kijken");
        assertAccessible("the case page, a reason too short (" + language + ")");
        screenshot("dossier-beheerder-reden-te-kort-" + language);

        // a reason: the case, under a banner saying until when and why, the opening on its timeline
        page.locator("#breekglas\\:reden").fill(REASON);
        page.locator("#breekglas\\:openDossier").click();
        assertThat(page.locator("#breekglas-banner")).containsText(dutch ? "Je bekijkt dit dossier als beheerder tot"
                : "You are viewing this case as an administrator until");
        assertThat(page.locator("#breekglas-banner")).containsText(REASON);
        assertThat(page.locator("#messages")).containsText(dutch ? "Je opende het dossier als beheerder."
                : "You opened the case as an administrator.");
        assertThat(page.locator("#samenvatting")).isVisible();
        assertThat(page.locator("#inhoud")).containsText(firstName);
        assertThat(page.locator("#tijdlijn-lijst")).containsText(dutch ? "Geopend door een beheerder" : "Opened by an administrator");
        assertThat(page.locator("#breekglas\\:reden")).hasCount(0);
        assertThat(page.locator("a[href$='/meldpunt/dossiers']")).hasCount(0); // no way into the workbench
        assertAccessible("the case page opened by an administrator, with the banner (" + language + ")");
        screenshot("dossier-beheerder-geopend-" + language);

        open("/meldpunt/dossiers/" + id + "?lang=nl");
    }

    private static String path(String id) {
        return "/api/referrals/" + id + "/break-glass";
    }

    private static String reason(String reason) {
        return Json.createObjectBuilder().add("reason", reason).build().toString();
    }
}
