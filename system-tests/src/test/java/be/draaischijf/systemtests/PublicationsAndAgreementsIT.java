package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: the network's publications (public, or for professionals who are logged in; PDFs checked by their content)
 * and its cooperation agreements (the ones ending within three months first for coordinators; a partner's agreements in
 * force on its public page). On H2 only: what the modules store and refuse runs on both databases in
 * PublicationsDatabaseTest and CooperationAgreementsDatabaseTest.
 */
class PublicationsAndAgreementsIT extends BrowserTest {

    static final String JSON = "application/json";
    static final String PW = "demo";
    static final String XSTRA = "d878d442-ff75-5e2b-8ada-0b32637f51ae";
    static final String ARKTOS = "e444453e-ef0f-54ed-ac23-6e5af3a5ffbc";
    static final String FINAL_REPORT = "Eindrapport van de experimentele fase (2013–2014)";
    /** A small PDF: what makes it one is how it starts (%PDF-). */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aPublicationForProfessionalsIsHiddenWithoutALoginOnlyPdfsAreTakenAndTheFileComesBackAsADownload() {
        String title = "Werkwijze casusoverleg " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Http.post("/api/publications", JSON, Json.createObjectBuilder().add("title", title)
                .add("publishedOn", LocalDate.now().toString()).add("summary", "Hoe een casusoverleg verloopt.")
                .add("audience", "PROFESSIONALS").build().toString(), "coordinator", PW);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Http.json(created).asJsonObject().getString("id");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/publications/" + id));

        HttpResponse<String> text = put("/api/publications/" + id + "/file?fileName=werkwijze.pdf",
                "Dit is een tekst met een .pdf-naam.".getBytes(StandardCharsets.UTF_8), "coordinator");
        ReferralApiIT.assertProblem(text, 400);
        JsonObject problem = Http.json(text).asJsonObject();
        assertThat(problem.getString("title")).isEqualTo("Ongeldige invoer");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("file");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message")).contains("geen PDF");

        HttpResponse<String> uploaded = put("/api/publications/" + id + "/file?fileName=werkwijze.pdf", PDF, "coordinator");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        assertThat(Http.json(uploaded).asJsonObject().getString("fileName")).isEqualTo("werkwijze.pdf");

        assertThat(titles(Http.get("/api/publications?size=100"))).as("without a login").contains(FINAL_REPORT).doesNotContain(title);
        ReferralApiIT.assertProblem(Http.get("/api/publications/" + id), 404);
        assertThat(download("/api/publications/" + id + "/file", null).statusCode()).isEqualTo(404);
        assertThat(titles(Http.get("/api/publications?size=100", "professional", PW))).contains(title, FINAL_REPORT);

        HttpResponse<byte[]> file = download("/api/publications/" + id + "/file", "professional");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(PDF);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                assertThat(d).startsWith("attachment; filename=\"werkwijze.pdf\""));
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        ReferralApiIT.assertProblem(Http.post("/api/publications", JSON, "{}", "professional", PW), 403);
        assertThat(Http.post("/api/publications", JSON, "{}", null, null).statusCode()).isEqualTo(401);
        HttpResponse<byte[]> withdrawn = send(request("/api/publications/" + id, "coordinator").DELETE().build());
        assertThat(withdrawn.statusCode()).isEqualTo(204);
        ReferralApiIT.assertProblem(Http.get("/api/publications/" + id, "professional", PW), 404);
    }

    @Test
    void coordinatorsKeepAgreementsWithTheirSignedDocumentOverTheApi() {
        assertThat(Http.get("/api/agreements").statusCode()).isEqualTo(401);
        ReferralApiIT.assertProblem(Http.get("/api/agreements", "professional", PW), 403);
        HttpResponse<String> listed = Http.get("/api/agreements", "coordinator", PW);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(Http.json(listed).asJsonArray().getJsonObject(0).getBoolean("endingSoon")).as("the ones ending soon first").isTrue();

        HttpResponse<String> created = Http.post("/api/agreements", JSON, Json.createObjectBuilder()
                .add("parties", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("contactName", "Sara (fictief)").add("contactEmail", "meldpunt@draaischijf.example.org"))
                        .add(Json.createObjectBuilder().add("organisationId", ARKTOS).add("contactName", "Lotte (fictief)")
                                .add("contactEmail", "netwerk@arktos.example.org")))
                .add("purpose", "Samen een zomerschool opzetten (test)")
                .add("startsOn", LocalDate.now().plusMonths(1).toString()).add("endsOn", LocalDate.now().plusYears(2).toString())
                .add("status", "DRAFT").build().toString(), "coordinator", PW);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject agreement = Http.json(created).asJsonObject();
        String id = agreement.getString("id");
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/agreements/" + id));
        assertThat(agreement.getJsonArray("parties").getJsonObject(1).getString("organisationName")).isEqualTo("Arktos");

        HttpResponse<String> signed = put("/api/agreements/" + id + "/document?fileName=zomerschool.pdf", PDF, "coordinator");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        assertThat(download("/api/agreements/" + id + "/document", "coordinator").body()).isEqualTo(PDF);
        assertThat(send(request("/api/agreements/" + id, "coordinator").DELETE().build()).statusCode())
                .as("a draft that will not be signed").isEqualTo(204);
        ReferralApiIT.assertProblem(Http.get("/api/agreements/" + id, "coordinator", PW), 404);
    }

    @Test
    void readersFindThePublicationsAPartnersPageShowsItsAgreementAndCoordinatorsSeeTheOneEndingSoonFirst() {
        open("/publicaties?lang=nl");
        assertThat(page.locator("h1")).hasText("Publicaties");
        assertThat(page.locator("#publicaties")).containsText(FINAL_REPORT);
        assertThat(page.locator("#publicaties a.download-link").first()).hasAttribute("href",
                java.util.regex.Pattern.compile("/api/publications/[0-9a-f-]+/file$"));
        assertThat(page.locator("#publicatiesInloggen")).isVisible();
        assertAccessible("/publicaties (nl)");
        screenshot("publicaties-nl");
        open("/publicaties?lang=en");
        assertThat(page.locator("h1")).hasText("Publications");
        assertThat(page.locator("#publicaties")).containsText("Download PDF");
        assertAccessible("/publicaties (en)");
        screenshot("publicaties-en");

        open("/?lang=nl");
        assertThat(page.locator("#laatstePublicaties")).containsText(FINAL_REPORT);

        open("/partners/" + XSTRA);
        assertThat(page.locator("#partnerSamenwerking")).containsText("Vaste partner van Netsterk 2020");
        assertThat(page.locator("#partnerSamenwerking")).containsText("Het netwerk (Centraal Meldpunt), X-Stra!");
        assertThat(page.locator("#partnerSamenwerking")).not().containsText("fictief");
        assertThat(page.locator("#partnerSamenwerking")).not().containsText("example.org");
        assertAccessible("/partners/{id} with its cooperation agreement (nl)");
        screenshot("partner-samenwerking-nl");

        logIn("coordinator", PW);
        open("/meldpunt/samenwerkingsverbanden");
        com.microsoft.playwright.Locator rows = page.locator("#lijst\\:samenwerkingsverbanden tbody tr");
        assertThat(rows.first()).containsText("Loopt af binnen drie maanden");
        com.microsoft.playwright.Locator xstra = rows.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("X-Stra!"));
        assertThat(xstra).containsText("Loopt af binnen drie maanden");
        assertThat(xstra).containsText("Actief");
        assertAccessible("/meldpunt/samenwerkingsverbanden, one ending soon (nl)");
        screenshot("samenwerkingsverbanden-nl");

        // opened, an end date before its start is refused next to the field; nothing is saved
        xstra.locator("a.edit-link").click();
        assertThat(page.locator("#looptAf")).isVisible();
        assertThat(page.locator("#samenwerking\\:doel")).hasValue(java.util.regex.Pattern.compile("^Vaste partner van Netsterk 2020"));
        page.locator("#samenwerking\\:einde").fill("2017-12-31");
        page.locator("#samenwerking\\:bewaar").click();
        assertThat(page.locator(".field:has(#samenwerking\\:einde) .ui-message")).containsText("De einddatum moet na de begindatum liggen");
        assertThat(page.locator("#foutoverzicht")).isVisible();
        assertAccessible("/meldpunt/samenwerkingsverbanden, an end before the start (nl)");
        screenshot("samenwerkingsverband-fout-nl");
        open("/meldpunt/samenwerkingsverbanden?lang=en");
        assertThat(page.locator("#lijst\\:samenwerkingsverbanden tbody tr").first()).containsText("Ends within three months");
        assertAccessible("/meldpunt/samenwerkingsverbanden (en)");
        screenshot("samenwerkingsverbanden-en");
        open("/meldpunt/samenwerkingsverbanden?lang=nl");
    }

    private static List<String> titles(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).asJsonArray().getValuesAs(JsonObject.class).stream().map(p -> p.getString("title")).toList();
    }

    private static HttpResponse<String> put(String path, byte[] body, String username) {
        HttpRequest request = request(path, username).header("Content-Type", "application/pdf").header("Accept", JSON)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<byte[]> download(String path, String username) {
        return send(request(path, username).GET().build());
    }

    private static HttpRequest.Builder request(String path, String username) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(DeployedApp.baseUrl() + path)).timeout(Duration.ofSeconds(30));
        if (username != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + PW).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
