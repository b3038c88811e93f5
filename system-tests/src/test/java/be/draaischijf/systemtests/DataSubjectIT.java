package be.draaischijf.systemtests;

import static be.draaischijf.systemtests.ReferralApiIT.JSON;
import static be.draaischijf.systemtests.ReferralApiIT.PW;
import static be.draaischijf.systemtests.ReferralApiIT.assertProblem;
import static be.draaischijf.systemtests.ReferralApiIT.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A data subject's rights over the API (issue 16, ADR 0044), on both databases: a coordinator finds what every module
 * holds about a young person or a referrer, exports it as JSON (labels and values in words, in the request's language)
 * and as a PDF a person can read; an administrator sees and sets the retention periods and applies them now; a
 * coordinator corrects a birth date, and a correction from an old version is a conflict.
 */
class DataSubjectIT {

    private static final String REFERRER = "professional@example.org";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aCoordinatorFindsTheYoungPersonsCaseAndEverythingOfTheReferrerByModule() {
        Case young = newCase();

        HttpResponse<String> byName = Http.get(young.query(), "coordinator", PW);
        assertThat(byName.statusCode()).as(byName.body()).isEqualTo(200);
        JsonObject overview = Http.json(byName).asJsonObject();
        assertThat(overview.getString("subject")).isEqualTo(young.firstName() + " Voorbeeld");
        assertThat(modules(overview)).containsExactly("referral", "training", "identity");
        JsonObject cases = module(overview, "referral");
        assertThat(cases.getString("label")).isEqualTo("Dossiers van het Centraal Meldpunt");
        JsonObject found = cases.getJsonArray("records").getValuesAs(JsonObject.class).stream()
                .filter(record -> young.id().equals(record.getString("id"))).findFirst().orElseThrow();
        assertThat(found.getString("kind")).isEqualTo("case");
        assertThat(found.getString("kindLabel")).isEqualTo("Dossier");
        assertThat(found.getString("reference")).isEqualTo(young.reference());
        assertThat(byName.body()).as("what exists, not what it says").doesNotContain("Spijbelt");

        HttpResponse<String> byEmail = Http.get("/api/data-subjects?email=" + REFERRER.toUpperCase(Locale.ROOT), "admin", PW);
        assertThat(byEmail.statusCode()).as(byEmail.body()).isEqualTo(200);
        JsonObject referrer = Http.json(byEmail).asJsonObject();
        assertThat(referrer.getString("subject")).isEqualTo(REFERRER);
        assertThat(module(referrer, "referral").getJsonArray("records").getValuesAs(JsonObject.class))
                .as("the cases they asked about").anySatisfy(record -> {
                    assertThat(record.getString("reference")).isEqualTo(young.reference());
                    assertThat(record.getString("kind")).isEqualTo("caseAsReferrer");
                });
        assertThat(module(referrer, "identity").getJsonArray("records").getValuesAs(JsonObject.class))
                .as("their account").extracting(record -> record.getString("kind")).contains("account");
        assertThat(byEmail.body()).as("the young person is not the referrer's data").doesNotContain(young.firstName());
    }

    @Test
    void theJsonExportSaysEveryValueInWordsInTheRequestsLanguage() {
        Case young = newCase();

        HttpResponse<String> dutch = Http.get(young.query().replace("/api/data-subjects?", "/api/data-subjects/export?"),
                "coordinator", PW, "nl");
        assertThat(dutch.statusCode()).as(dutch.body()).isEqualTo(200);
        assertThat(dutch.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(dutch.headers().firstValue("Content-Disposition")).get().asString()
                .isEqualTo("attachment; filename=\"gegevens-" + LocalDate.now(BRUSSELS) + ".json\"");
        JsonObject export = Http.json(dutch).asJsonObject();
        assertThat(export.getString("title")).isEqualTo("Gegevens over " + young.firstName() + " Voorbeeld");
        assertThat(export.getString("birthDateText")).isEqualTo(young.birthDate().format(dateIn("nl")));
        JsonObject record = caseIn(export, young);
        assertThat(record.getString("kindLabel")).isEqualTo("Dossier");
        List<JsonObject> fields = record.getJsonArray("fields").getValuesAs(JsonObject.class);
        assertThat(fields).extracting(field -> field.getString("value", "")).contains(young.firstName(), "Voorbeeld",
                young.birthDate().format(dateIn("nl")), "In analyse");
        assertThat(fields).allSatisfy(field -> {
            assertThat(field.getString("label")).as("a label in words").doesNotStartWith("subject.").isNotBlank();
            assertThat(field.getString("value", "")).as("no code shown as the value of " + field.getString("key"))
                    .doesNotMatch("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+").doesNotContain("ReferralStatus.");
        });
        assertThat(fields).filteredOn(field -> "CODE".equals(field.getString("type")) && !field.getString("stored", "").isEmpty())
                .as("codes are kept as stored, for a program").isNotEmpty()
                .allSatisfy(field -> assertThat(field.getString("stored")).contains("."));

        HttpResponse<String> english = Http.get(young.query().replace("/api/data-subjects?", "/api/data-subjects/export?"),
                "coordinator", PW, "en");
        assertThat(english.statusCode()).as(english.body()).isEqualTo(200);
        assertThat(english.headers().firstValue("Content-Disposition")).get().asString()
                .isEqualTo("attachment; filename=\"data-" + LocalDate.now(BRUSSELS) + ".json\"");
        JsonObject inEnglish = Http.json(english).asJsonObject();
        assertThat(inEnglish.getString("title")).isEqualTo("Data about " + young.firstName() + " Voorbeeld");
        assertThat(module(inEnglish, "referral").getString("label")).isEqualTo("Cases of the intake point");
        JsonObject englishRecord = caseIn(inEnglish, young);
        assertThat(englishRecord.getString("kindLabel")).isEqualTo("Case");
        assertThat(englishRecord.getJsonArray("fields").getValuesAs(JsonObject.class))
                .extracting(field -> field.getString("value", ""))
                .contains(young.birthDate().format(dateIn("en")), "In analysis");
    }

    @Test
    void theExportPdfIsReadableInDutchAndInEnglish() throws IOException {
        Case young = newCase();
        String export = young.query().replace("/api/data-subjects?", "/api/data-subjects/export?");

        HttpResponse<byte[]> dutch = download(export, "application/pdf", "nl");
        assertThat(dutch.statusCode()).as(new String(dutch.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(dutch.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");
        assertThat(dutch.headers().firstValue("Content-Disposition")).get().asString()
                .isEqualTo("attachment; filename=\"gegevens-" + LocalDate.now(BRUSSELS) + ".pdf\"")
                .doesNotContain(young.firstName());
        String text = read(dutch.body(), "data-subject-export-nl");
        assertThat(text).contains("Gegevens over " + young.firstName() + " Voorbeeld",
                "Geboren op " + young.birthDate().format(dateIn("nl")), "Dossiers van het Centraal Meldpunt",
                "Dossier " + young.reference(), "In analyse", "Pagina 1");
        assertThat(text).as("words, not codes").doesNotContain("IN_ANALYSIS").doesNotContain("ReferralStatus")
                .doesNotContain("subject.field");

        // a plain link asks with format=pdf, whatever its Accept says
        HttpResponse<byte[]> linked = download(export + "&format=pdf", "application/json", "nl");
        assertThat(linked.statusCode()).isEqualTo(200);
        assertThat(linked.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");

        HttpResponse<byte[]> english = download(export, "application/pdf", "en");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.headers().firstValue("Content-Disposition")).get().asString().contains("data-");
        assertThat(read(english.body(), "data-subject-export-en")).contains("Data about " + young.firstName() + " Voorbeeld",
                "Cases of the intake point", "Case " + young.reference(), "In analysis", "Page 1");

        assertProblem(Http.get(export + "&format=docx", "coordinator", PW), 400);
    }

    @Test
    void aSearchNamesWhatIsMissingOrWrongPerFieldAndIsForCoordinatorsAndAdministratorsOnly() {
        HttpResponse<String> nothing = Http.get("/api/data-subjects", "coordinator", PW);
        assertProblem(nothing, 400);
        assertThat(fieldsOf(nothing)).containsExactly("firstName", "lastName", "birthDate", "email");
        assertThat(nothing.body()).contains("is verplicht").contains("of een e-mailadres");

        HttpResponse<String> incomplete = Http.get("/api/data-subjects?firstName=Jan&birthDate=14-03-2010", "coordinator", PW);
        assertProblem(incomplete, 400);
        assertThat(fieldsOf(incomplete)).containsExactly("lastName", "birthDate");

        HttpResponse<String> both = Http.get("/api/data-subjects?firstName=Jan&email=" + REFERRER, "coordinator", PW);
        assertProblem(both, 400);
        assertThat(fieldsOf(both)).containsExactly("email");
        assertThat(Http.get("/api/data-subjects?firstName=Jan&email=" + REFERRER, "coordinator", PW, "en").body())
                .contains("not both");

        assertProblem(Http.get("/api/data-subjects?email=geen-adres", "coordinator", PW), 400);
        assertProblem(Http.get("/api/data-subjects?email=" + REFERRER, "professional", PW), 403);
        assertProblem(Http.get("/api/data-subjects/export?email=" + REFERRER, "partner.depassage", PW), 403);
        assertThat(Http.get("/api/data-subjects?email=" + REFERRER).statusCode()).as("not logged in").isEqualTo(401);
    }

    @Test
    void anAdministratorSetsARetentionPeriodSeesItInForceAndAppliesEveryRuleNow() {
        try {
            HttpResponse<String> set = Http.put("/api/retention/TRAINING_REGISTRATIONS",
                    Json.createObjectBuilder().add("period", "P2Y").build().toString(), "admin", PW);
            assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
            assertThat(Http.json(set).asJsonObject().getString("periodText")).isEqualTo("2 jaar");

            HttpResponse<String> list = Http.get("/api/retention", "admin", PW);
            assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
            List<JsonObject> settings = Http.json(list).asJsonArray().getValuesAs(JsonObject.class);
            assertThat(settings).extracting(s -> s.getString("kind")).containsExactly("CLOSED_CASES", "UNMET_NEEDS",
                    "AUDIT_ENTRIES", "TRAINING_REGISTRATIONS", "NEWSLETTER_UNSUBSCRIBED", "TOKENS", "SECURITY_EVENTS");
            JsonObject registrations = settings.stream().filter(s -> s.getString("kind").equals("TRAINING_REGISTRATIONS"))
                    .findFirst().orElseThrow();
            assertThat(registrations.getString("period")).isEqualTo("P2Y");
            assertThat(registrations.getString("source")).isEqualTo("ADMINISTRATOR");
            assertThat(registrations.getString("changedBy")).isEqualTo("admin");
            assertThat(settings).allSatisfy(s -> {
                assertThat(s.getString("label")).isNotBlank().doesNotContain("_");
                assertThat(s.getString("periodText")).isNotBlank().doesNotStartWith("P");
            });

            HttpResponse<String> audit = Http.put("/api/retention/AUDIT_ENTRIES",
                    Json.createObjectBuilder().add("period", "P1Y").build().toString(), "admin", PW);
            assertProblem(audit, 400);
            assertProblem(Http.put("/api/retention/TOKENS", Json.createObjectBuilder().add("period", "P31Y").build().toString(),
                    "admin", PW), 400);
            HttpResponse<String> unreadable = Http.put("/api/retention/TOKENS",
                    Json.createObjectBuilder().add("period", "vijf jaar").build().toString(), "admin", PW);
            assertProblem(unreadable, 400);
            assertThat(Http.json(unreadable).asJsonObject().getString("detail")).startsWith("period:");
            assertProblem(Http.put("/api/retention/EVERYTHING", "{}", "admin", PW), 404);
            assertProblem(Http.put("/api/retention/TOKENS", Json.createObjectBuilder().add("period", "P1D").build().toString(),
                    "coordinator", PW), 403);

            // every rule applied now, while every period is as long as it can be: one count per kind, none touched
            for (String kind : List.of("CLOSED_CASES", "UNMET_NEEDS", "TRAINING_REGISTRATIONS", "NEWSLETTER_UNSUBSCRIBED",
                    "TOKENS", "SECURITY_EVENTS")) {
                HttpResponse<String> longest = Http.put("/api/retention/" + kind,
                        Json.createObjectBuilder().add("period", "P30Y").build().toString(), "admin", PW);
                assertThat(longest.statusCode()).as(longest.body()).isEqualTo(200);
            }
            HttpResponse<String> run = Http.post("/api/retention/run", JSON, "", "admin", PW);
            assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
            List<JsonObject> done = Http.json(run).asJsonArray().getValuesAs(JsonObject.class);
            assertThat(done).hasSize(7).allSatisfy(kind -> {
                assertThat(kind.getInt("count")).isZero();
                assertThat(kind.getString("label")).isNotBlank().doesNotContain("_");
                assertThat(kind.getString("text")).isNotBlank();
            });
            assertProblem(Http.post("/api/retention/run", JSON, "", "coordinator", PW), 403);
            assertProblem(Http.get("/api/retention", "coordinator", PW), 403);
        } finally {
            // every period back to the configuration, for the tests after this one
            for (String kind : List.of("CLOSED_CASES", "UNMET_NEEDS", "TRAINING_REGISTRATIONS", "NEWSLETTER_UNSUBSCRIBED",
                    "TOKENS", "SECURITY_EVENTS")) {
                Http.put("/api/retention/" + kind, "{\"period\": null}", "admin", PW);
            }
        }
        JsonObject back = Http.json(Http.get("/api/retention", "admin", PW)).asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getString("kind").equals("TRAINING_REGISTRATIONS")).findFirst().orElseThrow();
        assertThat(back.getString("source")).isNotEqualTo("ADMINISTRATOR");
    }

    @Test
    void aCoordinatorCorrectsABirthDateAndACorrectionFromAnOldVersionIsAConflict() {
        Case young = newCase();
        int version = ReferralApiIT.detail(young.id(), "coordinator").getInt("version");
        LocalDate corrected = young.birthDate().minusDays(3);

        HttpResponse<String> rectified = Http.put("/api/referrals/" + young.id() + "/intake", Json.createObjectBuilder()
                .add("version", version).add("birthDate", corrected.toString()).build().toString(), "coordinator", PW);
        assertThat(rectified.statusCode()).as(rectified.body()).isEqualTo(200);
        assertThat(Http.json(rectified).asJsonObject().getJsonObject("intake").getString("youngBirthDate"))
                .isEqualTo(corrected.toString());
        JsonObject read = ReferralApiIT.detail(young.id(), "coordinator");
        assertThat(read.getJsonObject("intake").getString("youngBirthDate")).isEqualTo(corrected.toString());
        assertThat(read.getJsonObject("intake").getString("youngFirstName")).as("what was not sent stays")
                .isEqualTo(young.firstName());

        HttpResponse<String> stale = Http.put("/api/referrals/" + young.id() + "/intake", Json.createObjectBuilder()
                .add("version", version).add("lastName", "Anders").build().toString(), "coordinator", PW);
        assertProblem(stale, 409);
        assertThat(ReferralApiIT.detail(young.id(), "coordinator").getJsonObject("intake").getString("youngLastName"))
                .isEqualTo("Voorbeeld");
        HttpResponse<String> noVersion = Http.put("/api/referrals/" + young.id() + "/intake", Json.createObjectBuilder()
                .add("lastName", "Anders").build().toString(), "coordinator", PW);
        assertProblem(noVersion, 400);
    }

    @Test
    void theCaseCountsAreForCoordinatorsAndAdministrators() {
        newCase();
        String period = "/api/statistics/cases?from=" + LocalDate.now(BRUSSELS).minusDays(1) + "&until="
                + LocalDate.now(BRUSSELS).plusDays(2);
        HttpResponse<String> counts = Http.get(period, "coordinator", PW);
        assertThat(counts.statusCode()).as(counts.body()).isEqualTo(200);
        JsonObject statistics = Http.json(counts).asJsonObject();
        assertThat(statistics.getInt("total")).isPositive();
        assertThat(statistics.getJsonObject("perAgeBand").getInt("FROM_12_TO_15")).isPositive();
        assertThat(statistics.getJsonObject("perDistrict").getInt("KIEL")).isPositive();
        assertThat(statistics.getJsonObject("perProblemArea").getInt("ABSENTEEISM")).isPositive();
        assertThat(Http.get(period, "admin", PW).statusCode()).isEqualTo(200);
        assertProblem(Http.get(period, "professional", PW), 403);
        HttpResponse<String> backwards = Http.get("/api/statistics/cases?from=2026-03-01&until=2026-02-01", "coordinator", PW);
        assertProblem(backwards, 400);
    }

    // ---- helpers

    /** A case made by the professional about a new young person of 15, moved on to IN_ANALYSIS by a coordinator. */
    private static Case newCase() {
        String firstName = ReferralApiIT.uniqueFirstName();
        JsonObject submitted = ReferralApiIT.submit("professional", ReferralApiIT.intake(firstName, true));
        String id = submitted.getString("id");
        ReferralApiIT.toStatus(id, "IN_ANALYSIS");
        return new Case(id, submitted.getString("reference"), firstName, ReferralApiIT.birthDate());
    }

    private record Case(String id, String reference, String firstName, LocalDate birthDate) {

        /** {@code GET /api/data-subjects} for this young person. */
        String query() {
            return "/api/data-subjects?firstName=" + URLEncoder.encode(firstName, StandardCharsets.UTF_8)
                    + "&lastName=Voorbeeld&birthDate=" + birthDate;
        }
    }

    private static List<String> modules(JsonObject answer) {
        return answer.getJsonArray("modules").getValuesAs(JsonObject.class).stream().map(m -> m.getString("module")).toList();
    }

    private static JsonObject module(JsonObject answer, String module) {
        return answer.getJsonArray("modules").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("module").equals(module)).findFirst().orElseThrow();
    }

    private static JsonObject caseIn(JsonObject export, Case young) {
        return module(export, "referral").getJsonArray("records").getValuesAs(JsonObject.class).stream()
                .filter(record -> young.id().equals(record.getString("id"))).findFirst().orElseThrow();
    }

    private static DateTimeFormatter dateIn(String language) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(language));
    }

    /** A GET as the coordinator that keeps the answer's bytes (a PDF), with this Accept and Accept-Language. */
    private static HttpResponse<byte[]> download(String path, String accept, String language) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(DeployedApp.baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("coordinator:" + PW).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", accept)
                .header("Accept-Language", language)
                .GET().build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The PDF's text, as a reader's copy and paste would give it; its first page kept as an image under
     * target/screenshots/&lt;database&gt;/ for a person to look at.
     */
    private static String read(byte[] pdf, String screenshot) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Path file = Path.of("target/screenshots").resolve(DeployedApp.runName()).resolve(screenshot + ".png");
            Files.createDirectories(file.getParent());
            ImageIO.write(page, "png", file.toFile());
            return new PDFTextStripper().getText(document);
        }
    }
}
