package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Contact points are places with their own districts, hours and people: a referral from Kiel lands at Netsterk Kiel
 * and its coordinator is mailed; a case is passed on; the contact page and the start page read the data; the
 * administrator adds and changes contact points; the workbench shows the coordinator's own contact point first.
 */
class ContactPointsIT extends BrowserTest {

    static final String JSON = "application/json";
    static final String PW = "demo";
    static final String CENTRAAL = "6c9a3f0e-0b7a-4c39-9a51-000000000001";
    static final String NETSTERK = "6c9a3f0e-0b7a-4c39-9a51-000000000002";

    @Test
    void aReferralFromKielLandsAtNetsterkWhoseCoordinatorHearsAndPassesItOn() throws Exception {
        HttpResponse<String> listed = Http.get("/api/contact-points");
        assertThat(listed.statusCode()).as("public").isEqualTo(200);
        JsonObject kiel = Http.json(listed).asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(point -> point.getString("id").equals(NETSTERK)).findFirst().orElseThrow();
        assertThat(kiel.getString("name")).isEqualTo("Netsterk Kiel");
        assertThat(kiel.getJsonArray("districts").getValuesAs(JsonString::getString)).containsExactly("KIEL");
        assertThat(kiel.getJsonArray("hours")).hasSize(5);
        assertThat(kiel.getJsonArray("hours").getJsonObject(0).getString("day")).isEqualTo("MONDAY");

        assertThat(Http.get("/api/contact-points/" + NETSTERK).statusCode()).as("its coordinators: not public").isEqualTo(401);
        assertThat(Http.get("/api/contact-points/" + NETSTERK, "coordinator", PW).statusCode()).isEqualTo(403);
        JsonObject detail = Http.json(Http.get("/api/contact-points/" + NETSTERK, "admin", PW)).asJsonObject();
        assertThat(detail.getJsonArray("coordinators").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("displayName")).contains("Demo Coördinator Netsterk");

        JsonObject sent = ReferralApiIT.submit("professional", ReferralApiIT.intake(ReferralApiIT.uniqueFirstName(), true));
        String reference = sent.getString("reference");
        assertThat(sent.getString("contactPointId")).isEqualTo(NETSTERK);
        MimeMessage toKiel = ReferralApiIT.awaitMail("to Netsterk about " + reference,
                mail -> TrainingApiIT.subject(mail).contains("nieuwe aanmelding " + reference));
        assertThat(TrainingApiIT.to(toKiel)).isEqualTo("coordinator2@example.org");
        assertThat(TrainingApiIT.subject(toKiel)).contains("Netsterk Kiel");

        assertThat(references("/api/referrals?size=500&status=NEW&contactPointId=" + NETSTERK)).contains(reference);
        assertThat(references("/api/referrals?size=500&status=NEW&contactPointId=" + CENTRAAL)).doesNotContain(reference);

        String id = sent.getString("id");
        int version = ReferralApiIT.detail(id, "coordinator2").getInt("version");
        JsonObject passed = ReferralApiIT.post("/api/referrals/" + id + "/contact-point", Json.createObjectBuilder()
                .add("version", version).add("contactPointId", CENTRAAL), "coordinator2", 200);
        assertThat(passed.getString("contactPointId")).isEqualTo(CENTRAAL);
        MimeMessage toCentral = ReferralApiIT.awaitMail("to the Centraal Meldpunt about " + reference,
                mail -> TrainingApiIT.subject(mail).contains("dossier " + reference + " doorgegeven"));
        assertThat(TrainingApiIT.to(toCentral)).isEqualTo("coordinator@example.org");
        HttpResponse<String> again = Http.post("/api/referrals/" + id + "/contact-point", JSON, Json.createObjectBuilder()
                .add("version", passed.getInt("version")).add("contactPointId", CENTRAAL).build().toString(), "coordinator", PW);
        ReferralApiIT.assertProblem(again, 400);
        assertThat(again.body()).contains("contactPointId");
    }

    @Test
    void anAdministratorAddsAContactPointThatTakesItsDistrictsReferralsAndInvitesItsCoordinator() throws Exception {
        String name = "Aanspreekpunt Berendrecht (test)";
        JsonObjectBuilder draft = Json.createObjectBuilder()
                .add("name", name).add("address", "Dorpsplein 1, 2040 Berendrecht").add("phone", "03 000 00 40")
                .add("email", "berendrecht@draaischijf.example.org")
                .add("hours", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("day", "WEDNESDAY").add("opens", "13:00").add("closes", "16:30")))
                .add("districts", Json.createArrayBuilder().add("BERENDRECHT"))
                .add("descriptionNl", "Lokaal aanspreekpunt in Berendrecht.");
        String body = draft.build().toString();
        assertThat(Http.post("/api/contact-points", JSON, body, "coordinator", PW).statusCode()).isEqualTo(403);
        HttpResponse<String> taken = Http.post("/api/contact-points", JSON, Json.createObjectBuilder(Json.createReader(
                new java.io.StringReader(body)).readObject()).add("districts", Json.createArrayBuilder().add("KIEL")).build().toString(),
                "admin", PW);
        ReferralApiIT.assertProblem(taken, 400);
        assertThat(taken.body()).contains("Netsterk Kiel");

        HttpResponse<String> created = Http.post("/api/contact-points", JSON, body, "admin", PW);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject point = Http.json(created).asJsonObject();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith("/api/contact-points/" + point.getString("id")));
        assertThat(point.getJsonArray("hours").getJsonObject(0).getString("opens")).startsWith("13:00");

        // a referral from Berendrecht goes there; without coordinators yet, to the contact point's own address
        JsonObject sent = ReferralApiIT.submit("professional",
                ReferralApiIT.intake(ReferralApiIT.uniqueFirstName(), true).add("district", "BERENDRECHT"));
        assertThat(sent.getString("contactPointId")).isEqualTo(point.getString("id"));
        MimeMessage mail = ReferralApiIT.awaitMail("to Berendrecht", m -> TrainingApiIT.subject(m).contains(sent.getString("reference"))
                && TrainingApiIT.to(m).contains("berendrecht@"));
        assertThat(TrainingApiIT.subject(mail)).contains(name);

        // its coordinator is invited for it; an unknown contact point is refused next to the field
        HttpResponse<String> unknown = Http.post("/api/accounts", JSON, Json.createObjectBuilder()
                .add("email", AccountSignUpIT.unique("coord")).add("displayName", "Coördinator Berendrecht")
                .add("roles", Json.createArrayBuilder().add("COORDINATOR"))
                .add("contactPointId", "00000000-0000-0000-0000-00000000dead").build().toString(), "admin", PW);
        ReferralApiIT.assertProblem(unknown, 400);
        assertThat(unknown.body()).contains("contactPointId");
        JsonObject invited = Http.json(Http.post("/api/accounts", JSON, Json.createObjectBuilder()
                .add("email", AccountSignUpIT.unique("coord")).add("displayName", "Coördinator Berendrecht")
                .add("roles", Json.createArrayBuilder().add("COORDINATOR"))
                .add("contactPointId", point.getString("id")).build().toString(), "admin", PW)).asJsonObject();
        assertThat(invited.getString("contactPointId")).isEqualTo(point.getString("id"));
        JsonArray coordinators = Http.json(Http.get("/api/contact-points/" + point.getString("id"), "admin", PW))
                .asJsonObject().getJsonArray("coordinators");
        assertThat(coordinators.getValuesAs(JsonObject.class)).extracting(c -> c.getString("displayName"))
                .containsExactly("Coördinator Berendrecht");

        // changed at the version read; a second change from the same version is a conflict
        String changed = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(body)).readObject())
                .add("phone", "03 000 00 41").add("version", point.getInt("version")).build().toString();
        HttpResponse<String> updated = Http.put("/api/contact-points/" + point.getString("id"), changed, "admin", PW);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(Http.json(updated).asJsonObject().getString("phone")).isEqualTo("03 000 00 41");
        ReferralApiIT.assertProblem(Http.put("/api/contact-points/" + point.getString("id"), changed, "admin", PW), 409);
    }

    @Test
    void theContactAndStartPagesReadTheContactPointsAndTheAdministratorKeepsThem() {
        open("/contact");
        assertThat(page.locator("#cp-" + NETSTERK)).containsText("Netsterk Kiel");
        assertThat(page.locator("#cp-" + NETSTERK)).containsText("03 338 32 66");
        assertThat(page.locator("#cp-" + NETSTERK)).containsText("Elke werkdag van 8.30 tot 17.00 uur");
        assertThat(page.locator("#cp-" + CENTRAAL)).containsText("alle wijken en districten zonder eigen aanspreekpunt");
        screenshot("contact-nl");
        open("/contact?lang=en");
        assertThat(page.locator("#cp-" + NETSTERK)).containsText("Every working day from 8:30 to 17:00");
        screenshot("contact-en");
        open("/?lang=nl");
        assertThat(page.locator("#dichtstbij-contactpunt h3")).hasText("Centraal Meldpunt");
        page.locator("#wijk").selectOption("KIEL");
        page.locator("#zoekContactpunt").click();
        assertThat(page.locator("#dichtstbij-contactpunt h3")).hasText("Netsterk Kiel");
        assertThat(page.locator("#dichtstbij-contactpunt")).containsText("03 338 32 66");
        assertAccessible("/ with the contact point for Kiel (nl)");
        screenshot("home-kiel-nl");

        // Netsterk's coordinator sees Netsterk's cases first, and all of them on request
        logIn("coordinator2", PW);
        open("/meldpunt/dossiers");
        assertThat(page.locator("#filters\\:contactpunt")).hasValue(NETSTERK);
        open("/meldpunt?contactpunt=alle");
        assertThat(page.locator("#contactpunt")).hasValue("alle");
        assertAccessible("/meldpunt, every contact point (nl)");
        screenshot("meldpunt-alle-contactpunten-nl");

        // the administrator's page: a name left empty and a district of another contact point are refused
        context.clearCookies();
        logIn("admin", PW);
        open("/beheer/contactpunten?id=" + CENTRAAL);
        assertThat(page.locator("#contactpunt\\:naam")).hasValue("Centraal Meldpunt");
        page.locator("#contactpunt\\:naam").fill("");
        page.locator("#contactpunt\\:bewaar").click();
        assertThat(page.locator(".field:has(#contactpunt\\:naam) .ui-message")).containsText("verplicht");
        assertAccessible("/beheer/contactpunten, a name left empty (nl)");
        // the installation starts without the Centraal Meldpunt's number: it must be filled in
        assertThat(page.locator(".field:has(#contactpunt\\:telefoon) .ui-message")).containsText("verplicht");
        page.locator("#contactpunt\\:naam").fill("Centraal Meldpunt");
        page.locator("#contactpunt\\:telefoon").fill("03 000 00 01");
        page.getByLabel("Kiel", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#contactpunt\\:bewaar").click();
        assertThat(page.locator("fieldset:has(#contactpunt\\:districten) .ui-message")).containsText("Netsterk Kiel");
        assertAccessible("/beheer/contactpunten, refused (nl)");
        screenshot("contactpunten-fouten-nl");
        open("/beheer/contactpunten?id=" + CENTRAAL + "&lang=en");
        assertThat(page.locator("#contactpunt\\:naam")).hasValue("Centraal Meldpunt");
        assertAccessible("/beheer/contactpunten, one open (en)");
        screenshot("contactpunten-en");
        open("/beheer/contactpunten?lang=nl");
    }

    private static java.util.List<String> references(String path) {
        return Http.json(Http.get(path, "coordinator", PW)).asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("reference")).toList();
    }
}
