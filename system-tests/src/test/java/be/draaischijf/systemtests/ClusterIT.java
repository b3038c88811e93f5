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
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
            "^\\S+ (\\d{3}) \\S+ (\\S.*) (GET|POST|PUT|DELETE|HEAD) (\\S+)$");

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
        record Ack(String email, JsonObject answer) {
        }
        Queue<Ack> acks = new ConcurrentLinkedQueue<>();
        Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        AtomicInteger retries = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger acknowledgedAtKill = new AtomicInteger(-1);
        int total = CLIENTS * EACH;

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                running.add(clients.submit(() -> {
                    go.await();
                    for (int n = 0; n < EACH; n++) {
                        String email = "cluster-" + run + "-" + client + "-" + n + "@example.org";
                        String body = registration(email, client);
                        String key = UUID.randomUUID().toString();
                        for (int attempt = 1; ; attempt++) {
                            LoopbackClient.Response response;
                            try {
                                response = LoopbackClient.postJson(LoopbackClient.address(client), path, body, key);
                            } catch (UncheckedIOException lostConnection) {
                                response = null;
                            }
                            if (response != null && response.status() == 201) {
                                acks.add(new Ack(email, json(response.body())));
                                break;
                            }
                            boolean retryable = response == null || response.status() == 502
                                    || response.status() == 503 || response.status() == 504;
                            if (!retryable || attempt == 40) {
                                unexpected.add(email + ": " + (response == null ? "no answer" : response.status()
                                        + " " + response.body()));
                                break;
                            }
                            retries.incrementAndGet();
                            Thread.sleep(250);
                        }
                        // the instance is killed once a third of the registrations is acknowledged, mid-rush
                        if (acks.size() >= total / 3 && killed.compareAndSet(false, true)) {
                            acknowledgedAtKill.set(acks.size());
                            cluster.kill(0);
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(unexpected).as("every registration answered 201, after retries with the same key").isEmpty();
        assertThat(killed).as("an instance was killed").isTrue();
        assertThat(acknowledgedAtKill.get()).as("... in the middle of the rush").isBetween(1, total - 1);
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
        JsonArray confirmed = TrainingSessionsFixture.registrations(session, "CONFIRMED", 500);
        JsonArray waiting = TrainingSessionsFixture.registrations(session, "WAITLISTED", 500);
        assertThat(confirmed).as("no overbooking").hasSize(SEATS);
        List<String> stored = new ArrayList<>();
        confirmed.getValuesAs(JsonObject.class).forEach(row -> stored.add(row.getString("email")));
        waiting.getValuesAs(JsonObject.class).forEach(row -> stored.add(row.getString("email")));
        assertThat(stored).as("each acknowledged registration once, nothing else")
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(acks.stream().map(Ack::email).toList());
        assertThat(waiting.getValuesAs(JsonObject.class).stream().map(row -> row.getInt("position")).toList())
                .as("places on the waiting list without gaps")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, total - SEATS).boxed().toList());
        Map<String, String> answered = acks.stream().collect(Collectors.toMap(Ack::email,
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

        // one mail per registration, though two instances send the outbox; none twice (a mail the killed instance had
        // not sent yet waits for its lease, five minutes, and is not counted here)
        Set<String> people = acks.stream().map(Ack::email).collect(Collectors.toSet());
        Map<String, Long> mailsPerPerson = awaitMails(people, total - acknowledgedAtKill.get());
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

    private static String registration(String email, int person) {
        return Json.createObjectBuilder()
                .add("firstName", "Deelnemer").add("lastName", "Nummer " + person).add("email", email)
                .add("organisation", "School " + person % 7).add("sector", "EDUCATION").add("function", "leerkracht")
                .add("consent", true).build().toString();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
