package be.draaischijf.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * {@code kill -9} of the one server on the embedded H2 default (issue 18) in the middle of a registration rush and of
 * case work: people register for a session of ten seats, professionals send questions about young people, and a
 * coordinator writes notes on a case, all at once, when the server's JVM is killed. The server starts again; the
 * clients that lost their connection send the same request again with the same {@code Idempotency-Key}. Afterwards,
 * everything that was answered 2xx is in the database exactly once: no registration lost or twice, no overbooking,
 * the waiting list without gaps, each question once, each acknowledged note once. Before the H2 default wrote each
 * commit at once ({@code WRITE_DELAY=0}, ADR 0050), 9 of 22 acknowledged registrations were gone after such a kill.
 * <p>
 * H2 only (system-tests/pom.xml: the PostgreSQL run is a cluster, where {@code ClusterIT} kills an instance). Last of
 * its run and alone: the server is away for a while.
 */
@Isolated("kills the server")
@Order(Integer.MAX_VALUE)
class ServerKillIT {

    private static final String PW = "demo";
    private static final int SEATS = 10;
    private static final int REGISTERING = 30;
    private static final int REGISTRATIONS_EACH = 4;
    private static final int ASKING = 5;
    private static final int QUESTIONS_EACH = 3;

    @Test
    void aServerKilledMidRushAndMidCaseWorkKeepsEverythingItAcknowledgedExactlyOnce() throws Exception {
        PayaraServer server = DeployedApp.payaraServer();
        String run = Long.toString(System.nanoTime(), 36);
        String session = TrainingSessionsFixture.publishedSession("Herstarttest " + run, SEATS);
        String caseId = ReferralApiIT.submit("professional", ReferralApiIT.intake(ReferralApiIT.uniqueFirstName(), true))
                .getString("id");

        List<List<RetryingClients.Post>> perClient = new ArrayList<>();
        for (int c = 0; c < REGISTERING; c++) {
            List<RetryingClients.Post> posts = new ArrayList<>();
            for (int n = 0; n < REGISTRATIONS_EACH; n++) {
                posts.add(new RetryingClients.Post("/api/sessions/" + session + "/registrations",
                        ClusterIT.registration("herstart-" + run + "-" + c + "-" + n + "@example.org", c), null));
            }
            perClient.add(posts);
        }
        String asker = Http.basic("professional", PW);
        for (int c = 0; c < ASKING; c++) {
            List<RetryingClients.Post> posts = new ArrayList<>();
            for (int n = 0; n < QUESTIONS_EACH; n++) {
                posts.add(new RetryingClients.Post("/api/referrals",
                        ReferralApiIT.intake("Herstart" + run + "v" + c + "x" + n, false).build().toString(), asker));
            }
            perClient.add(posts);
        }
        int total = REGISTERING * REGISTRATIONS_EACH + ASKING * QUESTIONS_EACH;

        // meanwhile a coordinator writes notes on a case, one after the other; a note has no key and is not sent again
        AtomicBoolean serving = new AtomicBoolean(true);
        AtomicBoolean rushing = new AtomicBoolean(true);
        Queue<String> notesAcknowledged = new ConcurrentLinkedQueue<>();
        Queue<String> notesUnanswered = new ConcurrentLinkedQueue<>();
        Thread coordinator = new Thread(() -> {
            for (int n = 0; rushing.get(); n++) {
                while (!serving.get() && rushing.get()) {
                    PayaraInstall.pause(Duration.ofMillis(100));
                }
                String text = "Herstartnotitie " + run + " nummer " + n;
                try {
                    HttpResponse<String> noted = Http.post("/api/referrals/" + caseId + "/notes", "application/json",
                            Json.createObjectBuilder().add("kind", "NOTE").add("text", text).build().toString(), "coordinator", PW);
                    (noted.statusCode() == 200 ? notesAcknowledged : notesUnanswered).add(text);
                } catch (UncheckedIOException lostConnection) {
                    notesUnanswered.add(text);
                }
            }
        }, "coordinator writing notes");
        coordinator.start();

        // the server's JVM is killed once a third is acknowledged; it starts again at once, with what H2 had written
        RetryingClients.Outcome rush;
        try {
            rush = RetryingClients.run(perClient, total / 3, () -> {
                serving.set(false);
                try {
                    server.kill();
                    server.restart(Duration.ofMinutes(3));
                } finally {
                    serving.set(true);
                }
            }, serving::get);
        } finally {
            rushing.set(false);
            coordinator.join();
        }

        assertThat(rush.unexpected()).as("every request answered 201 in the end, after retries with the same key").isEmpty();
        assertThat(rush.acknowledgedAtFault()).as("the server was killed in the middle of the rush").isBetween(1, total - 1);
        assertThat(rush.retries()).as("requests that lost their connection were sent again").isPositive();

        // registrations: each acknowledged one stored once, ten confirmed, the others waiting in places 1..n
        List<String> registered = rush.acks().stream().filter(ack -> ack.post().path().contains("/registrations"))
                .map(ack -> ClusterIT.email(ack.post())).toList();
        assertThat(registered).hasSize(REGISTERING * REGISTRATIONS_EACH);
        TrainingSessionsFixture.assertEachStoredOnce(session, SEATS, registered);

        // questions: each acknowledged one is a case, once, with the reference it was answered with
        Map<String, String> asked = rush.acks().stream().filter(ack -> ack.post().path().equals("/api/referrals"))
                .collect(Collectors.toMap(ack -> youngFirstName(ack.post()), ack -> ack.answer().getString("reference")));
        assertThat(asked).hasSize(ASKING * QUESTIONS_EACH);
        HttpResponse<String> cases = Http.get("/api/referrals?q=herstart" + run + "&size=100", "coordinator", PW);
        assertThat(cases.statusCode()).as(cases.body()).isEqualTo(200);
        List<JsonObject> found = Http.json(cases).asJsonArray().getValuesAs(JsonObject.class);
        assertThat(found.stream().map(row -> row.getString("youngFirstName")).toList()).as("each question once")
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(asked.keySet());
        found.forEach(row -> assertThat(row.getString("reference")).isEqualTo(asked.get(row.getString("youngFirstName"))));

        // case work: every note that was acknowledged is on the case's timeline once; an unanswered one at most once
        assertThat(notesAcknowledged).as("notes written before and after the kill").hasSizeGreaterThan(2);
        Map<String, Long> onTimeline = ReferralApiIT.detail(caseId, "coordinator").getJsonArray("timeline")
                .getValuesAs(JsonObject.class).stream().filter(entry -> entry.containsKey("text") && !entry.isNull("text"))
                .map(entry -> entry.getString("text")).filter(text -> text.startsWith("Herstartnotitie " + run))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        notesAcknowledged.forEach(text -> assertThat(onTimeline.get(text)).as(text).isEqualTo(1L));
        notesUnanswered.forEach(text -> assertThat(onTimeline.getOrDefault(text, 0L)).as(text).isLessThanOrEqualTo(1L));

        // and the server serves its pages again
        assertThat(Http.get("/kalender").statusCode()).isEqualTo(200);
    }

    private static String youngFirstName(RetryingClients.Post intake) {
        return Json.createReader(new StringReader(intake.body())).readObject().getString("youngFirstName");
    }
}
