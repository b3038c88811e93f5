package be.draaischijf.systemtests;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The cluster (it.cluster=true: two Payara Server instances in a deployment group on one PostgreSQL, nginx in front:
 * round robin, a browser kept to its instance while it serves; ADR 0048). A coordinator's session, a half-filled intake
 * and a lazy table's state carry on when the next request lands on the other instance (the one that served the step
 * before is taken out of nginx); an instance killed with SIGKILL in the middle of a
 * registration rush loses nothing that was acknowledged, overbooks nothing and duplicates nothing (clients retry with
 * their Idempotency-Key); readiness stays DOWN while the restarted instance cannot serve yet; it rejoins and serves.
 * That the timers' work is done once with two instances running it is shown by TrainingReminderIT (one reminder) and
 * here by the rush's mails (one per registration), in the same run.
 */
// takes instances out of nginx, kills and restarts one: nothing else runs meanwhile
@Isolated
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT extends BrowserTest {

    private static final int SEATS = 40;
    private static final int CLIENTS = 100;
    private static final int EACH = 4;
    private static final Pattern ACCESS_LINE = Pattern.compile(
            "^\\S+ (\\d{3}) \\S+ (\\S.*) (GET|POST|PUT|DELETE|HEAD) (\\S+) (\\S+)$");

    private static PayaraCluster cluster() {
        return DeployedApp.payaraCluster();
    }

    @Test
    @Order(1)
    void aCoordinatorsLoginHalfFilledIntakeAndTableCarryOnWhenTheNextRequestLandsOnTheOtherInstance() {
        PayaraCluster cluster = cluster();
        try {
            logIn("coordinator", "demo");
            int loggedInOn = lastUpstream("POST", "/login");
            // from now on only the other instance serves: what the session holds must come from the data grid
            onlyOn(other(loggedInOn));
            open("/meldpunt/dossiers");
            assertThat(page.locator("#logout\\:logoutButton")).isVisible();
            assertThat(page.locator("#casesForm\\:cases")).isVisible();
            assertThat(lastUpstream("GET", "/meldpunt/dossiers")).isEqualTo(other(loggedInOn));

            // a lazy table's state: sorted by reference on one instance, sorted the other way on the other
            var reference = page.locator("#casesForm\\:cases th").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(Pattern.compile("Kenmerk"))).first();
            reference.click();
            assertThat(reference).hasAttribute("aria-sort", "ascending");
            String ascendingFirst = page.locator("#casesForm\\:cases tbody tr").first().textContent();
            onlyOn(loggedInOn);
            reference.click();
            assertThat(reference).hasAttribute("aria-sort", "descending");
            assertThat(lastUpstream("POST", "/meldpunt/dossiers")).isEqualTo(loggedInOn);
            assertThat(page.locator("#casesForm\\:cases tbody tr").first()).not().hasText(ascendingFirst);

            // a half-filled intake: the first step on one instance, the check and the sending on the other
            open("/aanmelden");
            String firstName = "Clustertest" + Long.toString(System.nanoTime(), 36);
            ReferralPathBrowserIT.fillIntake(page, firstName, true);
            // a coordinator records a question that came by phone: who asked
            page.locator("#intake\\:aanmelderNaam").fill("Leerkracht aan de telefoon");
            page.locator("#intake\\:aanmelderEmail").fill("leerkracht-" + firstName.toLowerCase() + "@example.org");
            page.locator("#intake\\:controleer").click();
            assertThat(page.locator(".steps__step[aria-current=step]")).containsText("Controleren en versturen");
            int checkedOn = lastUpstream("POST", "/aanmelden");
            onlyOn(other(checkedOn));
            page.locator("#intake\\:verstuur").click();
            assertThat(page.locator("#messages")).containsText("Je vraag is verstuurd met kenmerk DS-");
            assertThat(page.locator("main")).containsText(firstName + " Padtest");
            assertThat(lastUpstream("POST", "/aanmelden")).isEqualTo(other(checkedOn));
        } finally {
            cluster.loadBalancer().admit();
        }
    }

    @Test
    @Order(2)
    void anInstanceKilledMidRushLosesNoAcknowledgedRegistrationAndRejoinsAfterItsRestart() throws Exception {
        PayaraCluster cluster = cluster();
        String session = TrainingSessionsFixture.publishedSession("Cluster: veertig plaatsen", SEATS);
        String run = Long.toString(System.nanoTime(), 36);
        String path = "/api/sessions/" + session + "/registrations";
        int total = CLIENTS * EACH;
        List<List<RetryingClients.Post>> perClient = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            List<RetryingClients.Post> posts = new ArrayList<>();
            for (int n = 0; n < EACH; n++) {
                posts.add(new RetryingClients.Post(path, registration("cluster-" + run + "-" + c + "-" + n + "@example.org", c), null));
            }
            perClient.add(posts);
        }
        // the instance is killed once a third of the registrations is acknowledged, mid-rush; nginx sends the rest to
        // the other one
        RetryingClients.Outcome rush = RetryingClients.run(perClient, total / 3, () -> cluster.kill(0), () -> true);

        assertThat(rush.unexpected()).as("every registration answered 201, after retries with the same key").isEmpty();
        assertThat(rush.acknowledgedAtFault()).as("an instance was killed in the middle of the rush").isBetween(1, total - 1);
        List<String> acks = rush.acks().stream().map(ack -> email(ack.post())).toList();
        assertThat(acks).hasSize(total);

        // the killed instance starts again; while it starts, readiness never says UP before the API answers
        List<String> lies = new ArrayList<>();
        AtomicBoolean restarting = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> watchReadiness(cluster.instanceUrl(0), session, restarting, lies));
        watcher.start();
        try {
            cluster.startInstance(0, Duration.ofMinutes(4));
        } finally {
            restarting.set(false);
            watcher.join();
        }
        assertThat(lies).as("moments when /health/ready was UP but the API did not answer").isEmpty();

        // every acknowledged registration is stored exactly once: 40 confirmed, the rest waiting in places 1..n
        JsonArray confirmed = TrainingSessionsFixture.assertEachStoredOnce(session, SEATS, acks);
        Map<String, String> answered = rush.acks().stream().collect(Collectors.toMap(ack -> email(ack.post()),
                ack -> ack.answer().getString("status")));
        confirmed.getValuesAs(JsonObject.class).forEach(row ->
                assertThat(answered.get(row.getString("email"))).as("a confirmed person was told so").isEqualTo("CONFIRMED"));

        // the restarted instance serves again, itself and through nginx
        HttpResponse<String> direct = get(cluster.instanceUrl(0) + "/api/sessions/" + session);
        assertThat(direct.statusCode()).as(direct.body()).isEqualTo(200);
        long before = accessLines().size();
        for (int i = 0; i < 4; i++) {
            assertThat(Http.get("/api/sessions/" + session).statusCode()).isEqualTo(200);
        }
        assertThat(accessLines().stream().skip(before).map(ClusterIT::upstreamOf).collect(Collectors.toSet()))
                .as("both instances answered through nginx").containsExactlyInAnyOrder(0, 1);

        // what city IT watches, on the instance that lived through the rush (the restarted one counts from 0 again): the
        // registrations it took after the kill, their mails, its outbox's timer; each instance has figures of its own
        HttpResponse<String> metrics = get(cluster.instanceUrl(1) + "/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        MetricsIT.Scrape survivor = MetricsIT.Scrape.parse(metrics.body());
        assertThat(survivor.value("draaischijf_registrations_total", "outcome", "waitlisted"))
                .as("waiting-list registrations counted by the instance that took the rest of the rush")
                .isGreaterThanOrEqualTo(100);
        assertThat(survivor.value("draaischijf_mails_total", "state", "queued")).as("mails queued").isGreaterThanOrEqualTo(100);
        assertThat(survivor.value("draaischijf_timer_runs_total", "timer", "outbox")).as("the outbox's runs").isPositive();
        assertThat(survivor.has("draaischijf_outbox_oldest_unsent_seconds")).isTrue();

        // one mail per registration, though two instances send the outbox; none twice (a mail the killed instance had
        // not sent yet waits for its lease, five minutes, and is not counted here)
        Set<String> people = Set.copyOf(acks);
        Map<String, Long> mailsPerPerson = awaitMails(people, total - rush.acknowledgedAtFault());
        assertThat(mailsPerPerson.values()).as("no registration mailed twice").allMatch(count -> count == 1);
    }

    /** Polls readiness and the API of a starting instance; notes every time readiness said UP while the API failed. */
    private static void watchReadiness(String instance, String session, AtomicBoolean restarting, List<String> lies) {
        while (restarting.get()) {
            int ready = statusOf(instance + "/health/ready");
            if (ready == 200) {
                int api = statusOf(instance + "/api/sessions/" + session);
                if (api != 200) {
                    lies.add("ready UP, /api/sessions/{id} " + api);
                }
            }
            PayaraInstall.pause(Duration.ofMillis(200));
        }
    }

    private static int statusOf(String url) {
        try {
            return get(url).statusCode();
        } catch (UncheckedIOException notListening) {
            return 0;
        }
    }

    private static HttpResponse<String> get(String url) {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits (at most 60 s) until at least {@code atLeast} of these people have a mail; the mails per person. */
    private static Map<String, Long> awaitMails(Set<String> people, int atLeast) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Map<String, Long> counts = Map.of();
        while (System.nanoTime() < until) {
            counts = Arrays.stream(DeployedApp.mailbox().getReceivedMessages())
                    .map(TrainingApiIT::to).filter(people::contains)
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            if (counts.size() >= atLeast) {
                break;
            }
            PayaraInstall.pause(Duration.ofSeconds(1));
        }
        assertThat(counts.size()).as("people mailed (at least those acknowledged after the kill)")
                .isGreaterThanOrEqualTo(atLeast);
        return counts;
    }

    /** Only this instance gets requests from now on (nginx reloaded). */
    private static void onlyOn(int instance) {
        cluster().loadBalancer().admitAllBut(Set.of(cluster().httpPort(other(instance))));
    }

    private static int other(int instance) {
        return 1 - instance;
    }

    /** The instance that answered the last request with this method and path (from nginx's access log). */
    private static int lastUpstream(String method, String pathPrefix) {
        List<String> lines = accessLines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            var line = ACCESS_LINE.matcher(lines.get(i));
            if (line.matches() && line.group(3).equals(method) && line.group(4).startsWith(pathPrefix)) {
                return upstreamOf(lines.get(i));
            }
        }
        throw new AssertionError("no " + method + " " + pathPrefix + " in nginx's access log");
    }

    /** The instance (0 or 1) that answered this access log line (the last one nginx tried). */
    private static int upstreamOf(String line) {
        var matched = ACCESS_LINE.matcher(line);
        assertThat(matched.matches()).as(line).isTrue();
        String[] tried = matched.group(2).split(",\\s*");
        String last = tried[tried.length - 1];
        int port = Integer.parseInt(last.substring(last.lastIndexOf(':') + 1));
        return port == cluster().httpPort(0) ? 0 : 1;
    }

    private static List<String> accessLines() {
        try {
            return Files.readAllLines(cluster().loadBalancer().accessLog());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The e-mail address a registration was for. */
    static String email(RetryingClients.Post registration) {
        return json(registration.body()).getString("email");
    }

    static String registration(String email, int person) {
        return Json.createObjectBuilder()
                .add("firstName", "Deelnemer").add("lastName", "Nummer " + person).add("email", email)
                .add("organisation", "School " + person % 7).add("sector", "EDUCATION").add("function", "leerkracht")
                .add("consent", true).build().toString();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
