package be.draaischijf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A database restart (issue 18, ADR 0050): while the database is away, the API answers a 503 problem with Retry-After
 * and the pages say in words that the site is temporarily unavailable, each within seconds; readiness is DOWN and
 * liveness UP, so that a load balancer stops sending without anyone restarting the server. When the database is back,
 * the same server answers again by itself. On PostgreSQL only (system-tests/pom.xml): the embedded H2 belongs to the
 * server and cannot stop on its own. Isolated: no other test class may run while the database is away.
 */
@Isolated("stops and starts the application's database")
class DatabaseOutageIT {

    /** A request during the outage is answered within this, not after the pool's former 60 seconds. */
    private static final Duration FAST = Duration.ofSeconds(10);
    /** The application answers again within this after the database is back. */
    private static final Duration RECOVERY = Duration.ofSeconds(30);

    @Test
    void duringADatabaseOutageEveryAnswerIsAFast503AndTheServerRecoversByItself() throws IOException {
        assertThat(Http.get("/api/sessions").statusCode()).as("before the outage").isEqualTo(200);
        assertThat(Http.get("/health/ready").statusCode()).as("ready before the outage").isEqualTo(200);

        DeployedApp.stopDatabase();
        try {
            HttpResponse<String> api = fast("the API", () -> Http.get("/api/sessions"));
            assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
            assertRetryAfter(api);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            JsonObject problem = Http.json(api).asJsonObject();
            assertThat(problem.getInt("status")).isEqualTo(503);
            assertThat(problem.getString("title")).isEqualTo("Tijdelijk niet beschikbaar");
            assertThat(problem.getString("detail")).contains("opnieuw").doesNotContain("Exception");

            // logged in with HTTP Basic: the login itself cannot read the account, and says so in English when asked
            HttpResponse<String> english = fast("the API with a login", () ->
                    Http.get("/api/sessions", "coordinator", "demo", "en"));
            assertThat(english.statusCode()).as(english.body()).isEqualTo(503);
            assertRetryAfter(english);
            assertThat(Http.json(english).asJsonObject().getString("title")).isEqualTo("Temporarily unavailable");

            String requestId = "outage-" + java.util.UUID.randomUUID();
            HttpResponse<String> page = fast("a page", () -> Http.getWithRequestId("/kalender", requestId));
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("X-Request-Id")).as("the request's id told back").hasValue(requestId);
            assertRetryAfter(page);
            // what the page says (PrimeFaces' settings script names ViewExpiredException on every page)
            String shown = page.body().replaceAll("(?s)<script.*?</script>", "");
            assertThat(shown).contains("Tijdelijk niet beschikbaar").contains("Probeer het over enkele ogenblikken opnieuw")
                    .doesNotContain("Exception").doesNotContainIgnoringCase("Payara");

            HttpResponse<String> ready = fast("readiness", () -> Http.get("/health/ready"));
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(503);
            assertThat(Http.json(ready).asJsonObject().getString("status")).isEqualTo("DOWN");
            assertThat(Http.json(ready).asJsonObject().getJsonArray("checks").getValuesAs(JsonObject.class))
                    .anySatisfy(check -> {
                        assertThat(check.getString("name")).isEqualTo("database");
                        assertThat(check.getString("status")).isEqualTo("DOWN");
                    });

            HttpResponse<String> live = fast("liveness", () -> Http.get("/health/live"));
            assertThat(live.statusCode()).as("a restart would not bring the database back: " + live.body()).isEqualTo(200);
            assertThat(Http.json(live).asJsonObject().getString("status")).isEqualTo("UP");
            assertLoggedAsJson(requestId);
        } finally {
            DeployedApp.startDatabase();
        }

        HttpResponse<String> back = awaitStatus("/api/sessions", 200);
        assertThat(back.statusCode()).as("the API after the database came back: " + back.body()).isEqualTo(200);
        assertThat(awaitStatus("/health/ready", 200).statusCode()).as("ready again").isEqualTo(200);
        assertThat(Http.get("/kalender").statusCode()).as("a page again").isEqualTo(200);
    }

    /**
     * The instance that answered wrote the page's 503 to its server.log as a line of Payara's JSON format with the
     * request's id as a field of its own (the cluster writes JSON logs, ADR 0053), and with nothing of a stack trace.
     */
    private static void assertLoggedAsJson(String requestId) throws IOException {
        PayaraCluster cluster = DeployedApp.payaraCluster();
        List<JsonObject> lines = new java.util.ArrayList<>();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (lines.isEmpty() && System.nanoTime() < until) {
            // Payara writes its log from a queue: the line may come a moment after the answer
            for (int i = 0; i < cluster.size(); i++) {
                for (String line : java.nio.file.Files.readAllLines(cluster.instanceLog(i))) {
                    if (line.contains(requestId)) {
                        assertThat(line).as("one JSON object per line").startsWith("{").endsWith("}");
                        lines.add(Json.createReader(new java.io.StringReader(line)).readObject());
                    }
                }
            }
            if (lines.isEmpty()) {
                PayaraInstall.pause(Duration.ofMillis(250));
            }
        }
        assertThat(lines).as("the server.log lines with the request's id").singleElement().satisfies(line -> {
            assertThat(line.getString("requestId")).isEqualTo(requestId);
            assertThat(line.getString("LevelValue")).as("WARNING").isEqualTo("900");
            assertThat(line.getString("LoggerName")).isEqualTo("be.draaischijf.web.health.DatabaseOutageFilter");
            assertThat(line.getString("LogMessage")).startsWith("Database unavailable, 503 for /kalender");
            assertThat(line.containsKey("errorId")).as("no error to report: the database is away").isFalse();
        });
    }

    private static HttpResponse<String> fast(String what, Supplier<HttpResponse<String>> request) {
        long start = System.nanoTime();
        HttpResponse<String> response = request.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as(what + " while the database is away").isLessThan(FAST);
        return response;
    }

    private static void assertRetryAfter(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Retry-After")).as("Retry-After").hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
    }

    /** The path's answer once it has this status, or the last answer after {@link #RECOVERY}. */
    private static HttpResponse<String> awaitStatus(String path, int status) {
        long until = System.nanoTime() + RECOVERY.toNanos();
        HttpResponse<String> last = Http.get(path);
        while (last.statusCode() != status && System.nanoTime() < until) {
            // a quarter of a second between tries: the pool makes new connections as soon as one is asked for
            PayaraInstall.pause(Duration.ofMillis(250));
            last = Http.get(path);
        }
        return last;
    }
}
