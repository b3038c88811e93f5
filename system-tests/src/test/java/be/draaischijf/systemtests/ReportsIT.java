package be.draaischijf.systemtests;

import static be.draaischijf.systemtests.ReferralApiIT.PW;
import static be.draaischijf.systemtests.ReferralApiIT.assertProblem;
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
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The reports over the API (issue 17): every grouping of the referrals answers, and its counts are those of
 * {@code GET /api/statistics/cases} for the same period; the same figures as CSV, in words, in the caller's language;
 * an unmet need counts as an extra place in the capacity gap, and the cases behind the gap count it again; bad input is
 * a problem naming its parameter; the reports are for coordinators and administrators. H2 only: the figures are counted
 * by the modules, whose queries run on both databases in their own tests.
 */
class ReportsIT {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final List<String> GROUPINGS = List.of("month", "problemArea", "district", "sector", "ageBand",
            "schoolStatus", "urgency", "outcome");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyGroupingAnswersAndItsCountsAreThoseOfTheCaseCountsForTheSamePeriod() {
        newCase();
        LocalDate today = LocalDate.now(BRUSSELS);
        LocalDate from = today.minusMonths(13).withDayOfMonth(1);
        HttpResponse<String> counted = Http.get("/api/statistics/cases?from=" + from + "&until=" + today.plusDays(1),
                "coordinator", PW);
        assertThat(counted.statusCode()).as(counted.body()).isEqualTo(200);
        JsonObject statistics = Http.json(counted).asJsonObject();
        long total = statistics.getInt("total");
        assertThat(total).isPositive();

        String period = "from=" + from + "&to=" + today;
        Map<String, Map<String, Long>> groups = new TreeMap<>();
        for (String grouping : GROUPINGS) {
            HttpResponse<String> answer = Http.get("/api/reports/referrals?groupBy=" + grouping + "&" + period, "coordinator", PW);
            assertThat(answer.statusCode()).as(grouping + ": " + answer.body()).isEqualTo(200);
            List<JsonObject> rows = Http.json(answer).asJsonArray().getValuesAs(JsonObject.class);
            assertThat(rows).as(grouping).allSatisfy(row -> assertThat(row.getJsonNumber("count").longValue()).isPositive());
            Map<String, Long> counts = new TreeMap<>();
            rows.forEach(row -> counts.merge(row.getString("key"), row.getJsonNumber("count").longValue(), Long::sum));
            assertThat(counts).as(grouping + ": each key once").hasSameSizeAs(rows);
            groups.put(grouping, counts);
        }

        // each case once: received in a month, of an age band, an urgency and a school status
        for (String once : List.of("month", "ageBand", "urgency", "schoolStatus")) {
            assertThat(sum(groups.get(once))).as(once + " adds up to the cases received").isEqualTo(total);
        }
        assertThat(groups.get("month")).isEqualTo(counts(statistics, "perMonth"));
        assertThat(groups.get("ageBand")).isEqualTo(counts(statistics, "perAgeBand"));
        assertThat(groups.get("district")).isEqualTo(counts(statistics, "perDistrict"));
        assertThat(groups.get("sector")).isEqualTo(counts(statistics, "perSector"));
        assertThat(groups.get("problemArea")).isEqualTo(counts(statistics, "perProblemArea"));
        assertThat(sum(groups.get("problemArea"))).as("a case counts for each of its problem areas").isGreaterThanOrEqualTo(total);
        assertThat(groups.get("outcome")).isEqualTo(counts(statistics, "perOutcome"));
        assertThat(groups.get("month").keySet()).allSatisfy(month -> assertThat(month).matches("\\d{4}-\\d{2}"));

        // all at once: the same figures
        HttpResponse<String> all = Http.get("/api/reports?" + period, "admin", PW);
        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        JsonObject overview = Http.json(all).asJsonObject();
        assertThat(overview.getJsonNumber("received").longValue()).isEqualTo(total);
        assertThat(overview.getString("to")).isEqualTo(today.toString());
        assertThat(overview.getJsonObject("referrals").keySet()).containsExactlyInAnyOrderElementsOf(GROUPINGS);
        assertThat(overview.getJsonArray("leadTimes").getValuesAs(JsonObject.class)).extracting(t -> t.getString("stage"))
                .containsExactly("FIRST_ANALYSIS", "REFERRAL", "START");
        assertThat(overview.getString("acceptableWaitText")).matches("\\d+ (dag|dagen|week|weken|maand|maanden)");
    }

    @Test
    void theReferralsAnswerAsCsvInWordsInTheCallersLanguageWithTheSameCounts() throws IOException {
        newCase();
        LocalDate today = LocalDate.now(BRUSSELS);
        String path = "/api/reports/referrals?groupBy=district&from=" + today.minusMonths(6) + "&to=" + today;
        long expected = Http.json(Http.get(path, "coordinator", PW)).asJsonArray().getValuesAs(JsonObject.class).stream()
                .mapToLong(row -> row.getJsonNumber("count").longValue()).sum();
        Set<String> districts = Http.json(Http.get("/api/reference-lists/districts")).asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(item -> item.getString("labelNl")).collect(Collectors.toSet());

        HttpResponse<byte[]> dutch = get(path, "text/csv", "nl");
        assertThat(dutch.statusCode()).as(new String(dutch.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(dutch.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(dutch.headers().firstValue("Content-Disposition")).get().asString()
                .isEqualTo("attachment; filename=\"rapport-aanmeldingen-per-wijk-" + today.minusMonths(6) + "-" + today + ".csv\"");
        assertThat(dutch.body()[0] & 0xff).as("UTF-8 byte order mark").isEqualTo(0xEF);
        List<String> lines = lines(dutch.body());
        assertThat(lines.get(0)).isEqualTo("Wijk;Aanmeldingen");
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allSatisfy(line -> {
            String label = line.substring(0, line.lastIndexOf(';'));
            assertThat(districts).as("a district in words, not its code").contains(label);
        });
        assertThat(lines.subList(1, lines.size()).stream()
                .mapToLong(line -> Long.parseLong(line.substring(line.lastIndexOf(';') + 1).replace(".", ""))).sum())
                .isEqualTo(expected);

        HttpResponse<byte[]> english = get(path, "text/csv", "en");
        assertThat(lines(english.body()).get(0)).isEqualTo("District;Referrals");
        assertThat(english.headers().firstValue("Content-Disposition")).get().asString().contains("report-referrals-per-district-");

        HttpResponse<byte[]> xlsx = get(path + "&format=xlsx", "application/json", "nl");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1)).as("a zip, as XLSX is").isEqualTo("PK");

        HttpResponse<byte[]> pdf = get(path + "&format=pdf", "*/*", "nl");
        assertThat(pdf.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Aanmeldingen per wijk", "Pagina 1");
        }
    }

    @Test
    void anUnmetNeedIsAnExtraPlaceInTheCapacityGapAndTheCasesBehindTheGapCountItAgain() {
        Case young = newCase();
        ReferralApiIT.post("/api/referrals/" + young.id() + "/unmet-needs", Json.createObjectBuilder()
                .add("version", ReferralApiIT.detail(young.id(), "coordinator").getInt("version"))
                .add("need", Json.createObjectBuilder().add("problemArea", "HOUSING").add("ageBand", "FROM_12_TO_15")
                        .add("district", "KIEL").add("reason", "NO_FITTING_OFFER").add("waitingWeeks", 8)),
                "coordinator", 200);
        LocalDate today = LocalDate.now(BRUSSELS);
        String period = "from=" + today + "&to=" + today;

        HttpResponse<String> gap = Http.get("/api/reports/capacity-gap?" + period, "coordinator", PW);
        assertThat(gap.statusCode()).as(gap.body()).isEqualTo(200);
        List<JsonObject> rows = Http.json(gap).asJsonArray().getValuesAs(JsonObject.class);
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.getString("problemArea")).isEqualTo("HOUSING");
            assertThat(row.getString("ageBand")).isEqualTo("FROM_12_TO_15");
            assertThat(row.getString("district")).isEqualTo("KIEL");
            assertThat(row.getJsonNumber("extraPlaces").longValue()).isPositive();
        });

        HttpResponse<String> behind = Http.get("/api/reports/capacity-gap/cases?" + period, "coordinator", PW);
        assertThat(behind.statusCode()).as(behind.body()).isEqualTo(200);
        List<JsonObject> cases = Http.json(behind).asJsonArray().getValuesAs(JsonObject.class);
        assertThat(cases).anySatisfy(line -> {
            assertThat(line.getString("reference")).isEqualTo(young.reference());
            assertThat(line.getString("problemArea")).isEqualTo("HOUSING");
            assertThat(line.getString("why")).isEqualTo("NO_FITTING_OFFER");
        });
        assertThat(behind.body()).as("references, no names").doesNotContain(young.firstName());
        // the figure reproduced from its export: one line per case and problem area, counted per group
        Map<String, Long> recounted = cases.stream().collect(Collectors.groupingBy(
                line -> line.getString("problemArea") + "/" + line.getString("ageBand", "") + "/" + line.getString("district", ""),
                TreeMap::new, Collectors.counting()));
        Map<String, Long> figure = new TreeMap<>();
        rows.forEach(row -> figure.put(row.getString("problemArea") + "/" + row.getString("ageBand", "") + "/"
                + row.getString("district", ""), row.getJsonNumber("extraPlaces").longValue()));
        assertThat(recounted).isEqualTo(figure);

        HttpResponse<byte[]> csv = get("/api/reports/capacity-gap?" + period, "text/csv", "nl");
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("Probleemgebied;Leeftijdsgroep;Wijk;Extra plaatsen nodig")
                .contains("Dossier;Probleemgebied;Leeftijdsgroep;Wijk;Waarom")
                .contains(young.reference() + ";").contains("Geen passend aanbod")
                .doesNotContain("NO_FITTING_OFFER").doesNotContain("FROM_12_TO_15");
    }

    @Test
    void badInputIsAProblemNamingItsParameterAndTheReportsAreForCoordinatorsAndAdministrators() throws IOException {
        assertDetail("/api/reports/referrals?groupBy=week", "nl", "groupBy: moet een van deze waarden zijn: month, problemArea");
        assertDetail("/api/reports/referrals", "nl", "groupBy: is verplicht");
        assertDetail("/api/reports/referrals?groupBy=month&from=2026-13-01", "nl", "from: ");
        assertDetail("/api/reports/lead-times?from=2026-03-01&to=2026-02-28", "nl", "to: mag niet voor from liggen");
        assertDetail("/api/reports/lead-times?from=2026-03-01&to=2026-02-28", "en", "to: cannot be before from");
        assertDetail("/api/reports/capacity-gap?contactPoint=geen-id", "nl", "contactPoint: ");
        assertDetail("/api/reports/capacity-gap?contactPoint=" + UUID.randomUUID(), "en", "contactPoint: ");
        assertDetail("/api/reports/conferences?format=docx", "nl", "format: ");
        assertDetail("/api/reports/annual?year=1999", "nl", "year: ");

        // one contact point: a part of the network's figures
        String point = Http.json(Http.get("/api/contact-points")).asJsonArray().getJsonObject(0).getString("id");
        LocalDate today = LocalDate.now(BRUSSELS);
        String period = "groupBy=month&from=" + today.minusYears(1) + "&to=" + today;
        HttpResponse<String> one = Http.get("/api/reports/referrals?" + period + "&contactPoint=" + point, "coordinator", PW);
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        assertThat(total(one)).isLessThanOrEqualTo(total(Http.get("/api/reports/referrals?" + period, "coordinator", PW)));

        for (String path : List.of("/api/reports/referrals?groupBy=month", "/api/reports/capacity-gap", "/api/reports/trainings",
                "/api/reports/signals", "/api/reports")) {
            assertProblem(Http.get(path, "professional", PW), 403);
            assertProblem(Http.get(path, "partner.depassage", PW), 403);
            assertThat(Http.get(path).statusCode()).as(path + " without logging in").isEqualTo(401);
        }
        assertThat(Http.get("/api/reports/trainings", "admin", PW).statusCode()).isEqualTo(200);
        assertThat(Http.get("/api/reports/signals", "coordinator", PW).statusCode()).isEqualTo(200);

        // the annual report over the API: a PDF of a whole year, with the coordinator's text
        int year = today.getYear();
        HttpResponse<byte[]> annual = get("/api/reports/annual?year=" + year + "&text=Een+jaar+van+samenwerking.",
                "application/pdf", "nl");
        assertThat(annual.statusCode()).isEqualTo(200);
        assertThat(annual.headers().firstValue("Content-Disposition")).get().asString()
                .isEqualTo("attachment; filename=\"jaarrapport-" + year + ".pdf\"");
        try (PDDocument document = Loader.loadPDF(annual.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Jaarrapport " + year, "Een jaar van samenwerking.",
                    "Capaciteitstekort");
        }
    }

    // ---- helpers

    private record Case(String id, String reference, String firstName) {
    }

    /** A case about a new young person of 15 in Kiel, received today, in analysis. */
    private static Case newCase() {
        String firstName = ReferralApiIT.uniqueFirstName();
        JsonObject submitted = ReferralApiIT.submit("professional", ReferralApiIT.intake(firstName, true));
        String id = submitted.getString("id");
        ReferralApiIT.toStatus(id, "IN_ANALYSIS");
        return new Case(id, submitted.getString("reference"), firstName);
    }

    private static void assertDetail(String path, String language, String detail) {
        HttpResponse<String> answer = Http.get(path, "coordinator", PW, language);
        assertProblem(answer, 400);
        assertThat(Http.json(answer).asJsonObject().getString("detail")).as(path).startsWith(detail);
    }

    private static Map<String, Long> counts(JsonObject statistics, String map) {
        Map<String, Long> counts = new TreeMap<>();
        statistics.getJsonObject(map).forEach((key, value) -> counts.put(key, Long.parseLong(value.toString())));
        return counts;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static long total(HttpResponse<String> groups) {
        return Http.json(groups).asJsonArray().getValuesAs(JsonObject.class).stream()
                .mapToLong(row -> row.getJsonNumber("count").longValue()).sum();
    }

    /** The lines of a CSV answer, after its byte order mark. */
    private static List<String> lines(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        return Arrays.stream(text.split("\r\n")).filter(line -> !line.isEmpty()).toList();
    }

    /** A GET as the coordinator that keeps the answer's bytes, with this Accept and Accept-Language. */
    private static HttpResponse<byte[]> get(String path, String accept, String language) {
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
}
