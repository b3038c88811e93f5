package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Coordinators keep every organisation and its offers; partner staff their own organisation; nobody else. */
class OrganisationUpkeepIT extends BrowserTest {

    static final String ARKTOS = "e444453e-ef0f-54ed-ac23-6e5af3a5ffbc";
    static final String ELEGAST = "87b7428c-50dc-51ef-bbeb-e2bec2af255f";

    @Test
    void aCoordinatorAddsAnOrganisationWithAContactAndThenAnOffer() {
        logIn("coordinator", "demo");
        page.locator("nav.site-nav").getByText("Organisaties").click();
        assertThat(page.locator("h1")).hasText("Organisaties en aanbod");
        assertAccessible("/meldpunt/organisaties (nl)");
        screenshot("organisaties-nl");

        page.locator("#nieuweOrganisatie").click();
        assertThat(page.locator("h1")).hasText("Nieuwe organisatie");
        assertAccessible("new organisation form (nl)");
        page.getByLabel("Organisatie", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("Upkeeptest Buurtwerk");
        page.locator("#organisation\\:sector").selectOption("YOUTH");
        page.getByLabel("Telefoon", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("03 123 45 67");
        page.getByLabel("Kiel").check();
        page.getByLabel("Naam contactpersoon 1").fill("Sam (fictief)");
        page.getByLabel("E-mail contactpersoon 1").fill("sam@upkeep.example.org");
        page.getByLabel("Partner sinds").fill("2021-09-01");
        screenshot("organisatie-nieuw-nl");
        page.locator("#organisation\\:bewaar").click();

        assertThat(page.locator("#messages")).containsText("De organisatie is bewaard.");
        assertThat(page.locator("h1")).hasText("Upkeeptest Buurtwerk");
        assertThat(page.getByLabel("Naam contactpersoon 1")).hasValue("Sam (fictief)");
        assertThat(page.getByLabel("Partner sinds")).hasValue("2021-09-01");
        assertAccessible("organisation page with offers (nl)");

        page.locator("#nieuwAanbod").click();
        assertThat(page.locator("h1")).hasText("Nieuw aanbod");
        assertAccessible("new offer form (nl)");
        page.getByLabel("Naam van het aanbod").fill("Upkeeptest straathoekwerk");
        page.getByLabel("Beschrijving").fill("Jeugdwerkers op straat in Kiel.");
        page.getByLabel("Spijbelen").check();
        page.getByLabel("Stadsbreed").check();
        page.getByLabel("Actief: het aanbod staat in de zoekresultaten").uncheck();
        page.locator("#offer\\:bewaar").click();

        assertThat(page.locator("#messages")).containsText("Het aanbod is bewaard.");
        assertThat(page.locator("h1")).hasText("Upkeeptest Buurtwerk");
        assertThat(page.locator("#offers tr:has-text('Upkeeptest straathoekwerk')")).containsText("Niet actief");
        page.locator(".language-switch").click();
        assertThat(page.locator("#aanbod-van-organisatie")).hasText("This organisation's offers");
        assertAccessible("organisation page (en)");
        screenshot("organisatie-en");
    }

    @Test
    void badInputIsExplainedNextToTheFieldsAndATakenNameIsRefused() {
        logIn("coordinator", "demo");
        open("/meldpunt/organisaties/nieuw");
        page.getByLabel("Organisatie", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("arktos");
        page.locator("#organisation\\:sector").selectOption("WELFARE");
        page.getByLabel("Stadsbreed").check();
        page.getByLabel("E-mail", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("geen-adres");
        page.getByLabel("Website").fill("www.zonder-schema.example.org");
        page.locator("#organisation\\:bewaar").click();

        assertThat(page.locator(".field:has(#organisation\\:email) .ui-message")).containsText("Is geen geldig e-mailadres.");
        assertThat(page.locator(".field:has(#organisation\\:website) .ui-message")).containsText("Moet beginnen met http:// of https://.");
        assertAccessible("organisation form with errors (nl)");
        screenshot("organisatie-fouten-nl");

        page.getByLabel("E-mail", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true)).fill("info@arktos2.example.org");
        page.getByLabel("Website").fill("");
        page.locator("#organisation\\:bewaar").click();
        assertThat(page.locator(".field:has(#organisation\\:naam) .ui-message")).containsText("Er is al een organisatie met deze naam.");
    }

    @Test
    void partnerStaffEditTheirOwnOrganisationOnlyAndAdministratorsKeepTheDirectoryToo() {
        logIn("partner.arktos", "demo");
        page.locator("#organisatieBewerken").click();
        assertThat(page.locator("h1")).hasText("Gegevens van mijn organisatie");
        assertThat(page.locator("#organisation\\:actief")).hasCount(0);
        assertAccessible("/partner/organisatie (nl)");
        screenshot("partner-organisatie-nl");
        page.getByLabel("Adres").fill("Voorbeeldstraat 2, 2060 Antwerpen");
        page.locator("#organisation\\:bewaar").click();
        assertThat(page.locator("#messages")).containsText("De organisatie is bewaard.");
        assertThat(Http.get("/api/partners/" + ARKTOS).body()).contains("Voorbeeldstraat 2, 2060 Antwerpen");

        open("/meldpunt/organisaties");
        assertThat(page.locator("h1")).hasText("Geen toegang");
        JsonObject elegast = Http.json(Http.get("/api/organisations/" + ELEGAST + "/edit", "coordinator", "demo"))
                .asJsonObject().getJsonObject("draft");
        assertThat(Http.get("/api/organisations/" + ELEGAST + "/edit", "partner.arktos", "demo").statusCode()).isEqualTo(403);
        assertThat(Http.put("/api/organisations/" + ELEGAST, elegast.toString(), "partner.arktos", "demo").statusCode()).isEqualTo(403);
        assertThat(Http.post("/api/organisations", "application/json", elegast.toString(), "partner.arktos", "demo").statusCode())
                .isEqualTo(403);
        assertThat(Http.get("/api/organisations/" + ELEGAST + "/edit", "professional", "demo").statusCode()).isEqualTo(403);
        assertThat(Http.get("/api/organisations", "partner.arktos", "demo").statusCode())
                .as("the full list, with inactive organisations, is for coordinators").isEqualTo(403);
        assertThat(Http.get("/api/organisations", "coordinator", "demo").statusCode()).isEqualTo(200);

        context.clearCookies();
        logIn("admin", "demo");
        open("/meldpunt/organisaties");
        assertThat(page.locator("h1")).hasText("Organisaties en aanbod");
    }

    @Test
    void theDirectoryPagesAreAccessibleInEnglish() {
        logIn("coordinator", "demo");
        open("/meldpunt/organisaties?lang=en");
        assertThat(page.locator("h1")).hasText("Organisations and offers");
        assertAccessible("/meldpunt/organisaties (en)");
        screenshot("organisaties-en");
        open("/meldpunt/organisaties/nieuw");
        assertThat(page.locator("h1")).hasText("New organisation");
        page.locator("#organisation\\:bewaar").click();
        assertThat(page.locator(".field:has(#organisation\\:naam) .ui-message")).not().isEmpty();
        assertAccessible("new organisation form with errors (en)");
        screenshot("organisatie-nieuw-fouten-en");
        open("/meldpunt/aanbod/nieuw?organisatie=" + ARKTOS);
        assertThat(page.locator("h1")).hasText("New offer");
        assertThat(page.locator(".lead")).containsText("Arktos");
        assertAccessible("new offer form (en)");
        screenshot("aanbod-nieuw-en");
        open("/meldpunt/import");
        assertAccessible("/meldpunt/import (en)");
        open("/aanbod?weergave=tabel");
        assertThat(page.locator("#results\\:exportXlsx")).hasText("Download as Excel (XLSX)");
        assertAccessible("/aanbod as a table (en)");
        screenshot("aanbod-tabel-en");

        context.clearCookies();
        logIn("partner.arktos", "demo");
        open("/partner/organisatie?lang=en");
        assertThat(page.locator("h1")).hasText("My organisation's details");
        assertAccessible("/partner/organisatie (en)");
        screenshot("partner-organisatie-en");
        open("/partner/aanbod/nieuw");
        assertThat(page.locator("h1")).hasText("New offer");
        assertAccessible("partner's new offer form (en)");
        open("/partner?lang=nl");
    }

    @Test
    void theApiAddsAndChangesOrganisationsWithProblemsForBadInput() {
        String draft = Json.createObjectBuilder().add("name", "Upkeeptest API").add("sector", "SAFETY")
                .add("districts", Json.createArrayBuilder().add("MARS")).add("active", false).add("version", 0).build().toString();
        HttpResponse<String> unknownDistrict = Http.post("/api/organisations", "application/json", draft, "coordinator", "demo");
        assertThat(unknownDistrict.statusCode()).isEqualTo(400);
        assertThat(Http.json(unknownDistrict).asJsonObject().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("onbekende code 'MARS'");

        HttpResponse<String> notJson = Http.post("/api/organisations", "application/json", "{\"name\": ", "coordinator", "demo");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("Ongeldige invoer").doesNotContainPattern("\\sat [a-z]+\\.");
        HttpResponse<String> unknownSector = Http.post("/api/organisations", "application/json",
                draft.replace("SAFETY", "ASTRONOMY"), "coordinator", "demo");
        assertThat(unknownSector.statusCode()).isEqualTo(400);

        HttpResponse<String> created = Http.post("/api/organisations", "application/json", draft.replace("MARS", "DEURNE"),
                "coordinator", "demo");
        assertThat(created.statusCode()).isEqualTo(201);
        String id = Http.json(created).asJsonObject().getString("id");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/api/partners/" + id));

        HttpResponse<String> noName = Http.put("/api/organisations/" + id, draft.replace("\"Upkeeptest API\"", "\"\""), "coordinator", "demo");
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(noName.body()).contains("vul een naam in");
        HttpResponse<String> stale = Http.put("/api/organisations/" + id, draft.replace("MARS", "DEURNE").replace("\"version\":0", "\"version\":5"),
                "coordinator", "demo");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Http.post("/api/organisations", "application/json", draft.replace("MARS", "DEURNE"), "coordinator", "demo")
                .statusCode()).as("same name again").isEqualTo(409);

        String offer = Json.createObjectBuilder().add("name", "Upkeeptest API-aanbod").add("description", "Via de API")
                .add("kind", "ADVICE").add("minimumAge", 12).add("maximumAge", 18).add("access", "DIRECT").add("cityWide", true)
                .add("problemAreas", Json.createArrayBuilder().add("DROPOUT")).add("languages", Json.createArrayBuilder().add("nl"))
                .add("active", false).add("version", 0).build().toString();
        HttpResponse<String> added = Http.post("/api/organisations/" + id + "/offers", "application/json", offer, "coordinator", "demo");
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(Http.json(added).asJsonObject().getString("organisationName")).isEqualTo("Upkeeptest API");
    }
}
