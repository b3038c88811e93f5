package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference lists are managed, not fixed: an administrator adds a sector on /beheer/lijsten, moves and renames it;
 * the forms offer it; deactivated, it is no longer accepted for a new referral but still reads as its label; the same
 * over REST, where reading is public and changing is for administrators.
 */
class ReferenceListsIT extends BrowserTest {

    static final String JSON = "application/json";

    @Test
    void anAdministratorAddsASectorThatFormsOfferAndOnceDeactivatedIsReadButNoLongerAccepted() throws Exception {
        logIn("admin", "demo");
        open("/beheer/lijsten?lijst=sectors");
        assertThat(page.locator("#lijst-sectors")).hasAttribute("aria-current", "page");
        assertThat(page.locator("#items tbody tr")).hasCount(6);
        page.locator("#nieuweCode").click();
        page.locator("#lijst\\:code").fill("vrije tijd");
        page.locator("#lijst\\:bewaar").click();
        assertThat(page.locator(".field:has(#lijst\\:code) .ui-message")).containsText("hoofdletters");
        assertThat(page.locator(".field:has(#lijst\\:labelNl) .ui-message")).isVisible();
        assertAccessible("/beheer/lijsten, a new code refused (nl)");
        screenshot("lijsten-nieuw-fout-nl");
        page.locator("#lijst\\:code").fill("VRIJE_TIJD");
        page.locator("#lijst\\:labelNl").fill("Vrije tijd");
        page.locator("#lijst\\:labelEn").fill("Leisure");
        page.locator("#lijst\\:bewaar").click();
        assertThat(page.locator("#messages")).containsText("toegevoegd");
        assertThat(page.locator("#items tbody tr").last()).containsText("Vrije tijd");

        page.locator("#rij-VRIJE_TIJD input[value='Omhoog']").click();
        assertThat(page.locator("#messages")).containsText("volgorde");
        assertThat(page.locator("#items tbody tr").nth(5)).containsText("Vrije tijd");
        assertAccessible("/beheer/lijsten, sectors (nl)");
        screenshot("lijsten-sectoren-nl");
        List<String> codes = Http.json(Http.get("/api/reference-lists/sectors")).asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(item -> item.getString("code")).toList();
        assertThat(codes).as("public, in the list's order").containsExactly("WELFARE", "DROPOUT_PREVENTION", "EDUCATION",
                "YOUTH", "SOCIAL_SERVICES", "VRIJE_TIJD", "SAFETY");

        JsonObject referral = ReferralApiIT.submit("professional", ReferralApiIT.intake(ReferralApiIT.uniqueFirstName(), true)
                .add("referrerSector", "VRIJE_TIJD"));
        assertThat(referral.getString("reference")).isNotBlank();
        open("/aanmelden");
        assertThat(page.locator("#intake\\:aanmelderSector option[value='VRIJE_TIJD']")).hasText("Vrije tijd");

        open("/beheer/lijsten?lijst=sectors");
        page.locator("#bewerk-VRIJE_TIJD").click();
        assertThat(page.locator("#vaste-code")).hasText("VRIJE_TIJD");
        page.locator("#lijst\\:labelNl").fill("Vrije tijd en sport");
        page.locator("#lijst\\:actief").uncheck();
        page.locator("#lijst\\:bewaar").click();
        assertThat(page.locator("#rij-VRIJE_TIJD")).containsText("Gedeactiveerd");
        open("/beheer/lijsten?lijst=sectors&code=VRIJE_TIJD&lang=en");
        assertThat(page.locator("h2#bewerken")).hasText("Leisure");
        assertAccessible("/beheer/lijsten, a deactivated code open (en)");
        screenshot("lijsten-gedeactiveerd-en");
        open("/beheer/lijsten?lijst=sectors&lang=nl");

        open("/aanmelden");
        assertThat(page.locator("#intake\\:aanmelderSector option[value='VRIJE_TIJD']")).hasCount(0);
        HttpResponse<String> refused = Http.post("/api/referrals", JSON, ReferralApiIT.intake(ReferralApiIT.uniqueFirstName(), true)
                .add("referrerSector", "VRIJE_TIJD").build().toString(), "professional", "demo");
        ReferralApiIT.assertProblem(refused, 400);
        assertThat(refused.body()).contains("referrerSector");
        String old = ReferralApiIT.detail(referral.getString("id"), "coordinator").toString();
        assertThat(old).as("the old referral keeps its code").contains("VRIJE_TIJD");
    }

    @Test
    void readingIsPublicChangingIsForAdministratorsAndRefusalsAreProblems() {
        assertThat(Http.get("/api/reference-lists/consultation-forums").statusCode()).isEqualTo(200);
        assertThat(Http.json(Http.get("/api/reference-lists/decline-reasons/NO_CAPACITY")).asJsonObject().getString("labelNl"))
                .isEqualTo("Geen plaats");
        ReferralApiIT.assertProblem(Http.get("/api/reference-lists/planets"), 404);

        String forum = Json.createObjectBuilder().add("code", "JEUGDRAAD").add("labelNl", "Jeugdraad")
                .add("labelEn", "Youth council").add("position", 0).build().toString();
        assertThat(Http.post("/api/reference-lists/consultation-forums", JSON, forum, null, null).statusCode()).isEqualTo(401);
        assertThat(Http.post("/api/reference-lists/consultation-forums", JSON, forum, "coordinator", "demo").statusCode())
                .isEqualTo(403);
        HttpResponse<String> added = Http.post("/api/reference-lists/consultation-forums", JSON, forum, "admin", "demo");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith("/api/reference-lists/consultation-forums/JEUGDRAAD");
        assertThat(Http.json(Http.get("/api/reference-lists/consultation-forums")).asJsonArray().getJsonObject(0)
                .getString("code")).isEqualTo("JEUGDRAAD");

        HttpResponse<String> twice = Http.post("/api/reference-lists/consultation-forums", JSON, forum, "admin", "demo");
        ReferralApiIT.assertProblem(twice, 400);
        assertThat(twice.body()).contains("JEUGDRAAD").contains("staat al op deze lijst");
        HttpResponse<String> cityWide = Http.put("/api/reference-lists/districts/CITY_WIDE", Json.createObjectBuilder()
                .add("labelNl", "Stadsbreed").add("labelEn", "City-wide").add("active", false).build().toString(), "admin", "demo");
        ReferralApiIT.assertProblem(cityWide, 400);
        HttpResponse<String> renamed = Http.put("/api/reference-lists/consultation-forums/JEUGDRAAD", Json.createObjectBuilder()
                .add("labelNl", "Jeugdraad Antwerpen").add("labelEn", "Antwerp youth council").add("active", false).build()
                .toString(), "admin", "demo");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(Http.json(renamed).asJsonObject().getBoolean("active")).isFalse();
        ReferralApiIT.assertProblem(Http.put("/api/reference-lists/consultation-forums/NERGENS", Json.createObjectBuilder()
                .add("labelNl", "x").add("labelEn", "x").build().toString(), "admin", "demo"), 404);
    }
}
