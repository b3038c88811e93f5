package be.draaischijf.systemtests;

import static be.draaischijf.systemtests.ReferralApiIT.DE_PASSAGE_OFFER;
import static be.draaischijf.systemtests.ReferralApiIT.JSON;
import static be.draaischijf.systemtests.ReferralApiIT.PW;
import static be.draaischijf.systemtests.ReferralApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Erasure on request (issue 16, ADR 0044), black-box on PostgreSQL: a young person with a name, birth date, school and
 * question no one else has goes through intake, a note, a referral, a case conference and closing; an administrator
 * erases the case with a reason; then no text-like column of any table of the database holds any of those values (the
 * test reads every column information_schema lists, as the application's database user), while the case still counts
 * the same in the reports and its reference still answers with its status. PostgreSQL only: the H2 file belongs to the
 * server while it runs (system-tests/pom.xml).
 */
class ErasureIT {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** Letters that are no hexadecimal digits, so that a value never turns up by chance inside a hash or an id. */
    private static final String LETTERS = "ghjkmnpqrstvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    @Test
    void anErasedYoungPersonLeavesNoTraceInAnyTableWhileTheCaseStillCountsTheSameInTheReports() throws SQLException {
        String token = token();
        String firstName = "Yannick" + token;
        String lastName = "Wisselaar" + token;
        String school = "Basisschool De Zwerm " + token;
        String question = "Blijft sinds de verhuis thuis van school (" + token + "), ook na drie gesprekken.";
        LocalDate birthDate = birthDateNobodyHas();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("first name", firstName);
        values.put("last name", lastName);
        values.put("school", school);
        values.put("question", question);
        values.put("the word only the young person's values hold", token);
        values.put("birth date (yyyy-mm-dd)", birthDate.toString());
        values.put("birth date (d/m/yyyy)", birthDate.format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        values.put("birth date (dd/mm/yyyy)", birthDate.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        values.put("birth date (in words)", birthDate.format(DUTCH_DATE));

        // the whole case work, as much as the API allows
        JsonObject submitted = ReferralApiIT.submit("professional", ReferralApiIT.intake(firstName, true)
                .add("youngLastName", lastName).add("youngBirthDate", birthDate.toString()).add("school", school)
                .add("question", question));
        String id = submitted.getString("id");
        String reference = submitted.getString("reference");
        ReferralApiIT.toStatus(id, "IN_ANALYSIS");
        ReferralApiIT.post("/api/referrals/" + id + "/notes", Json.createObjectBuilder().add("kind", "NOTE")
                .add("text", "Gesprek met " + firstName + " " + lastName + " over " + school), "coordinator", 200);
        JsonObject referred = ReferralApiIT.post("/api/referrals/" + id + "/offer-referrals", Json.createObjectBuilder()
                .add("version", ReferralApiIT.detail(id, "coordinator").getInt("version")).add("offerId", DE_PASSAGE_OFFER),
                "coordinator", 201);
        ReferralApiIT.post("/api/referrals/" + id + "/conferences", Json.createObjectBuilder()
                .add("version", referred.getInt("version"))
                .add("conference", ReferralApiIT.conference("Overleg over " + firstName + ": " + question, true)),
                "coordinator", 201);
        ReferralApiIT.toStatus(id, "FOLLOW_UP");
        JsonObject closed = ReferralApiIT.post("/api/referrals/" + id + "/status", Json.createObjectBuilder()
                .add("version", ReferralApiIT.detail(id, "coordinator").getInt("version")).add("to", "CLOSED")
                .add("outcome", "BACK_IN_SCHOOL"), "coordinator", 200);
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(traces(values)).as("the scan finds the young person before the erasure").containsKeys("first name",
                "last name", "school", "question", "birth date (yyyy-mm-dd)");

        String period = "/api/statistics/cases?from=" + LocalDate.now(BRUSSELS).minusDays(1) + "&until="
                + LocalDate.now(BRUSSELS).plusDays(2);
        JsonObject before = statistics(period);
        assertThat(before.getInt("total")).isPositive();
        assertThat(before.getJsonObject("perOutcome").getInt("BACK_IN_SCHOOL")).isPositive();

        // only an administrator erases, with a reason
        String reason = "Verzoek tot wissen van de betrokkene, per brief ontvangen en nagekeken.";
        assertProblem(Http.post("/api/referrals/" + id + "/erasure", JSON, Json.createObjectBuilder().add("reason", reason)
                .build().toString(), "coordinator", PW), 403);
        HttpResponse<String> tooShort = Http.post("/api/referrals/" + id + "/erasure", JSON,
                Json.createObjectBuilder().add("reason", "Gevraagd").build().toString(), "admin", PW);
        assertProblem(tooShort, 400);
        assertThat(ReferralApiIT.fieldsOf(tooShort)).containsExactly("reason");
        JsonObject erased = ReferralApiIT.post("/api/referrals/" + id + "/erasure", Json.createObjectBuilder()
                .add("reason", reason), "admin", 200);
        assertThat(erased.getString("caseId")).isEqualTo(id);
        assertThat(erased.getString("reference")).isEqualTo(reference);
        assertThat(erased.getString("erasedBy")).isEqualTo("admin");
        assertProblem(Http.post("/api/referrals/" + id + "/erasure", JSON, Json.createObjectBuilder().add("reason", reason)
                .build().toString(), "admin", PW), 409);

        // a data subject's search finds nothing any more (and, like every search, leaves no name behind)
        HttpResponse<String> search = Http.get("/api/data-subjects?firstName=" + encode(firstName) + "&lastName="
                + encode(lastName) + "&birthDate=" + birthDate, "coordinator", PW);
        assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
        assertThat(Http.json(search).asJsonObject().getJsonArray("modules").getValuesAs(JsonObject.class).stream()
                .filter(module -> module.getString("module").equals("referral")).findFirst().orElseThrow()
                .getJsonArray("records")).as("the referral module holds nothing about them").isEmpty();

        // no trace in any table
        assertThat(traces(values)).as("where the erased young person's values are still found").isEmpty();

        // the reports count the case as before
        assertThat(statistics(period)).isEqualTo(before);

        // its reference still answers, with its status and nothing about the young person
        HttpResponse<String> found = Http.get("/api/referrals?q=" + reference, "coordinator", PW);
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(ReferralApiIT.ids(Http.json(found).asJsonArray())).containsExactly(id);
        HttpResponse<String> opened = Http.get("/api/referrals/" + id, "coordinator", PW);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        JsonObject anonymised = Http.json(opened).asJsonObject();
        assertThat(anonymised.getString("reference")).isEqualTo(reference);
        assertThat(anonymised.getString("status")).isEqualTo("CLOSED");
        assertThat(anonymised.getString("outcome")).isEqualTo("BACK_IN_SCHOOL");
        JsonObject intake = anonymised.getJsonObject("intake");
        for (String field : List.of("youngFirstName", "youngLastName", "youngBirthDate", "school", "question")) {
            assertThat(!intake.containsKey(field) || intake.isNull(field)).as(field + " in " + opened.body()).isTrue();
        }
        for (String value : values.values()) {
            assertThat(opened.body()).doesNotContain(value);
        }
    }

    private static JsonObject statistics(String path) {
        HttpResponse<String> response = Http.get(path, "coordinator", PW);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).asJsonObject();
    }

    /**
     * Where each value is found: every column of every table of the database whose type holds text (character, varchar,
     * text, json, arrays, enums) or a date, read as text and compared without regard to case; per value found, the
     * columns as schema.table.column (count).
     */
    static Map<String, List<String>> traces(Map<String, String> values) throws SQLException {
        Map<String, List<String>> found = new LinkedHashMap<>();
        try (Connection db = DeployedApp.postgresConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement list = db.prepareStatement("select c.table_schema, c.table_name, c.column_name"
                    + " from information_schema.columns c join information_schema.tables t"
                    + " on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'"
                    + " where c.table_schema not in ('pg_catalog', 'information_schema')"
                    + " and c.data_type in ('character varying', 'text', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED',"
                    + " 'date') order by 1, 2, 3");
                 ResultSet rows = list.executeQuery()) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
            assertThat(columns).as("text columns in the database").hasSizeGreaterThan(50);
            List<String> names = List.copyOf(values.keySet());
            for (String[] column : columns) {
                String text = "lower(cast(" + quoted(column[2]) + " as text))";
                StringBuilder sql = new StringBuilder("select ");
                for (int i = 0; i < names.size(); i++) {
                    sql.append(i == 0 ? "" : ", ").append("count(*) filter (where strpos(").append(text).append(", ?) > 0)");
                }
                sql.append(" from ").append(quoted(column[0])).append('.').append(quoted(column[1]));
                try (PreparedStatement count = db.prepareStatement(sql.toString())) {
                    for (int i = 0; i < names.size(); i++) {
                        count.setString(i + 1, values.get(names.get(i)).toLowerCase(Locale.ROOT));
                    }
                    try (ResultSet counts = count.executeQuery()) {
                        counts.next();
                        for (int i = 0; i < names.size(); i++) {
                            long rows = counts.getLong(i + 1);
                            if (rows > 0) {
                                found.computeIfAbsent(names.get(i), name -> new ArrayList<>())
                                        .add(column[0] + "." + column[1] + "." + column[2] + " (" + rows + ")");
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** A birth date of 13 to 15 years ago that no column of the database holds yet, in any of the forms looked for. */
    private static LocalDate birthDateNobodyHas() throws SQLException {
        for (int attempt = 0; attempt < 20; attempt++) {
            LocalDate candidate = LocalDate.now(BRUSSELS).minusYears(13).minusDays(RANDOM.nextInt(700));
            Map<String, String> forms = new LinkedHashMap<>();
            forms.put("iso", candidate.toString());
            forms.put("d/m/yyyy", candidate.format(DateTimeFormatter.ofPattern("d/M/yyyy")));
            forms.put("dd/mm/yyyy", candidate.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            forms.put("words", candidate.format(DUTCH_DATE));
            if (traces(forms).isEmpty()) {
                return candidate;
            }
        }
        throw new AssertionError("no birth date of 13 to 15 years ago that the database does not hold yet");
    }

    /** Eight letters no one else's data holds. */
    private static String token() {
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            token.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return token.toString();
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
