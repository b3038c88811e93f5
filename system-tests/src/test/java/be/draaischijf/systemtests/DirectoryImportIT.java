package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Coordinators import organisations and offers from CSV or HSDS: checked row by row, then all or nothing. */
class DirectoryImportIT extends BrowserTest {

    static final String HEADER = "organisatie;sector;aanbod;beschrijving;soort;min_leeftijd;max_leeftijd;toegang;"
            + "wijken;probleemgebieden;talen;actief\n";

    @Test
    void aCsvWithOneBadRowShowsThatRowsErrorAndImportsNothing() {
        String csv = HEADER
                + "Importtest Eén;welzijn;Importtest huiswerkklas;Hulp bij huiswerk;groepswerk;10;14;rechtstreeks;Kiel;Spijbelen;nl;nee\n"
                + "Importtest Eén;;Importtest praatgroep;Praten in groep;groepswerk;12;30;rechtstreeks;Kiel;Spijbelen;nl;nee\n";
        logIn("coordinator", "demo");
        open("/meldpunt/import");
        assertAccessible("/meldpunt/import (nl)");

        upload("aanbod.csv", csv);
        page.locator("#import\\:controleer").click();

        assertThat(page.locator("#messages")).containsText("Er zijn rijen met fouten. Er is niets geïmporteerd");
        assertThat(page.locator("#samenvatting")).containsText("2 rijen, waarvan 1 met fouten");
        assertThat(page.locator("#resultaat\\:rijen tr:has-text('Importtest praatgroep')"))
                .containsText("max_leeftijd: moet tussen 0 en 25 liggen");
        assertThat(page.locator("#resultaat\\:rijen tr:has-text('Importtest huiswerkklas')")).containsText("In orde");
        assertThat(page.locator("#resultaat\\:importeer")).hasCount(0);
        assertAccessible("/meldpunt/import with a bad row (nl)");
        screenshot("import-fout-nl");
        page.locator(".language-switch").click();
        assertThat(page.locator("h1")).hasText("Import organisations and offers");
        assertAccessible("/meldpunt/import (en)");
        screenshot("import-en");

        assertThat(Http.get("/api/partners?size=100").body()).as("nothing imported").doesNotContain("Importtest Eén");
    }

    @Test
    void aValidCsvIsImportedWithProgressAndTheOrganisationIsThere() {
        String csv = HEADER
                + "Importtest Twee;jeugd;Importtest straatwerk;Op straat;individuele begeleiding;12;20;rechtstreeks;Kiel|Hoboken;Spijbelen|Gedrag;nl|ar;nee\n"
                + "Importtest Twee;;Importtest zomerkamp;Kamp;groepswerk;10;16;via verwijzing;Stadsbreed;Thuissituatie;;nee\n";
        logIn("coordinator", "demo");
        open("/meldpunt/import");
        upload("aanbod.csv", csv);
        page.locator("#import\\:controleer").click();
        assertThat(page.locator("#messages")).containsText("Alle rijen zijn in orde");
        assertThat(page.locator("#resultaat\\:rijen")).containsText("nieuw");
        screenshot("import-controle-nl");

        page.locator("#resultaat\\:importeer").click();

        assertThat(page.locator("#messages")).containsText("De import is klaar: alle rijen zijn bewaard.");
        assertThat(page.locator("#controle")).hasText("Geïmporteerd");
        assertAccessible("/meldpunt/import done (nl)");
        screenshot("import-klaar-nl");
        open("/meldpunt/organisaties");
        page.getByText("Importtest Twee").click();
        assertThat(page.locator("#offers")).containsText("Importtest straatwerk");
        assertThat(page.locator("#offers")).containsText("Importtest zomerkamp");
        assertThat(page.locator("#offers tr:has-text('Importtest zomerkamp')")).containsText("Niet actief"); // imported as inactive
    }

    @Test
    void theApiChecksAndRejectsAllOrNothingAndOurOwnHsdsExportReadsBack() {
        String bad = HEADER + "Importtest API;onbekend;;;;;;;;;;\n";
        HttpResponse<String> rejected = Http.post("/api/import", "text/csv", bad, "coordinator", "demo");
        assertThat(rejected.statusCode()).isEqualTo(422);
        assertThat(rejected.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject row = Http.json(rejected).asJsonObject().getJsonArray("rows").getJsonObject(0);
        assertThat(row.getInt("line")).isEqualTo(2);
        assertThat(row.getJsonArray("errors").getJsonObject(0).getString("message")).startsWith("onbekende waarde 'onbekend'");

        assertThat(Http.post("/api/import", "text/csv", bad, "partner.arktos", "demo").statusCode()).isEqualTo(403);
        assertThat(Http.post("/api/import", "text/csv", bad, null, null).statusCode()).isEqualTo(401);

        assertThat(Http.post("/api/import?dryRun=1", "text/csv", bad, "coordinator", "demo").statusCode())
                .as("only true or false").isEqualTo(400);
        HttpResponse<String> oddHsds = Http.post("/api/import?dryRun=true", "application/json",
                "[{\"name\": \"X\", \"services\": [{\"name\": \"Y\", \"languages\": [\"nl\"]}]}]", "coordinator", "demo");
        assertThat(oddHsds.statusCode()).isEqualTo(200);
        assertThat(Http.json(oddHsds).asJsonObject().getJsonArray("fileErrors").getString(0))
                .contains("elk element van 'languages' moet een JSON-object zijn");

        String export = Http.get("/api/hsds/export").body();
        HttpResponse<String> check = Http.post("/api/import?dryRun=true", "application/json", export, "admin", "demo");
        assertThat(check.statusCode()).isEqualTo(200);
        JsonObject preview = Http.json(check).asJsonObject();
        assertThat(preview.getBoolean("valid")).as(check.body()).isTrue();
        assertThat(preview.getBoolean("imported")).isFalse();
        assertThat(preview.getJsonArray("rows").getValuesAs(JsonValue::asJsonObject))
                .as("every organisation and offer is recognised as existing").hasSizeGreaterThanOrEqualTo(16)
                .allSatisfy(r -> {
                    assertThat(r.getBoolean("newOrganisation")).isFalse();
                    assertThat(r.getJsonArray("errors")).isEmpty();
                    if (r.containsKey("offer")) {
                        assertThat(r.getBoolean("newOffer")).as(r.getString("offer")).isFalse();
                    }
                });
    }

    private void upload(String name, String content) {
        page.locator("#import\\:bestand").setInputFiles(new FilePayload(name, "text/csv", content.getBytes(StandardCharsets.UTF_8)));
    }
}
