package be.draaischijf.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registration rush of issue 5: {@code bench.registrations} (1 000) registrations from
 * {@code bench.clients} (200) clients at once for one published session of {@code bench.capacity} (40)
 * seats, through {@code POST /api/sessions/{id}/registrations} (the public endpoint, anonymous). Each client
 * registers its share one after the other, with a new e-mail address each time. Every answer must be
 * 201 (CONFIRMED or WAITLISTED); afterwards the simulation checks through the organiser's API that exactly
 * {@code capacity} are confirmed and the rest wait.
 *
 * <p>The session is made and published as the demo coordinator (HTTP Basic) before the rush. All clients
 * come from 127.0.0.1: start the server with a per-address limit above the rush
 * ({@code DRAAISCHIJF_TRAININGS_RATE_LIMIT_PER_MINUTE=100000}). {@link RegistrationJdbcBaseline} is the
 * same transaction in plain JDBC; docs/benchmarks.md sets the two side by side.
 */
public class RegistrationRushSimulation extends Simulation {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
  private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

  private final String baseUrl =
      BaselineSimulation.requireLoopback(
          System.getProperty("bench.baseUrl", BaselineSimulation.DEFAULT_BASE_URL));
  private final int clients =
      BaselineSimulation.intProperty("bench.clients", 200, 1, BaselineSimulation.MAX_USERS);
  private final int registrations =
      BaselineSimulation.intProperty("bench.registrations", 1000, 1, 100_000);
  private final int capacity = BaselineSimulation.intProperty("bench.capacity", 40, 1, 10_000);
  private final String session = publishedSession();

  public RegistrationRushSimulation() {
    int each = (registrations + clients - 1) / clients;
    String run = Long.toString(System.currentTimeMillis(), 36);
    HttpProtocolBuilder httpProtocol =
        http.baseUrl(baseUrl).disableWarmUp().userAgentHeader("draaischijf-bench");

    ScenarioBuilder rush =
        scenario("registration rush")
            .repeat(each, "n")
            .on(
                exec(user -> user.set("email", "rush-" + run + "-" + user.userId() + "-"
                        + user.getInt("n") + "@example.org"))
                    .exec(
                        http("POST /api/sessions/{id}/registrations")
                            .post("/api/sessions/" + session + "/registrations")
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .body(
                                StringBody(
                                    "{\"firstName\":\"Rush\",\"lastName\":\"Bench\",\"email\":\"#{email}\","
                                        + "\"organisation\":\"Benchmark\",\"sector\":\"EDUCATION\","
                                        + "\"function\":\"leerkracht\",\"consent\":true}"))
                            .check(status().is(201))
                            .check(jsonPath("$.status").in("CONFIRMED", "WAITLISTED"))));

    setUp(rush.injectOpen(atOnceUsers(clients)))
        .protocols(httpProtocol)
        .maxDuration(Duration.ofMinutes(10))
        .assertions(global().failedRequests().count().is(0L));
  }

  private static io.gatling.javaapi.core.ChainBuilder exec(
      java.util.function.Function<io.gatling.javaapi.core.Session, io.gatling.javaapi.core.Session> f) {
    return io.gatling.javaapi.core.CoreDsl.exec(f);
  }

  private long started;

  @Override
  public void before() {
    started = System.nanoTime();
  }

  @Override
  public void after() {
    double millis = (System.nanoTime() - started) / 1e6;
    System.out.printf("rush: %d registrations in %.0f ms, %.1f registrations/s%n",
        registrations, millis, registrations * 1000 / millis);
    long confirmed = total("CONFIRMED");
    long waiting = total("WAITLISTED");
    System.out.printf("rush result: %d confirmed, %d waiting (capacity %d, %d registrations)%n",
        confirmed, waiting, capacity, registrations);
    if (confirmed != Math.min(capacity, registrations) || confirmed + waiting != registrations) {
      throw new IllegalStateException("the registration rules did not hold");
    }
  }

  private String publishedSession() {
    LocalDate day = LocalDate.now().plusDays(21);
    String draft =
        "{\"kind\":\"INFO_SESSION\",\"title\":\"Benchmark: inschrijvingsrush\",\"venueName\":\"Loopback\","
            + "\"dates\":[{\"day\":\"" + day + "\",\"startsAt\":\"09:30\",\"endsAt\":\"12:00\"}],"
            + "\"capacity\":" + capacity + ",\"version\":0}";
    String created = send("POST", "/api/sessions", draft, 201);
    String id = first(ID, created);
    send("POST", "/api/sessions/" + id + "/publish", "{\"version\":" + first(VERSION, created) + "}", 200);
    return id;
  }

  private long total(String status) {
    HttpResponse<String> response =
        call("GET", "/api/sessions/" + session + "/registrations?status=" + status + "&size=1", null);
    return Long.parseLong(response.headers().firstValue("X-Total-Count").orElse("-1"));
  }

  private String send(String method, String path, String json, int expected) {
    HttpResponse<String> response = call(method, path, json);
    if (response.statusCode() != expected) {
      throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  private HttpResponse<String> call(String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Accept", "application/json")
            .header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("coordinator:demo".getBytes(StandardCharsets.UTF_8)))
            .timeout(Duration.ofSeconds(30));
    request = json == null ? request.GET()
        : request.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json));
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String first(Pattern pattern, String json) {
    Matcher matcher = pattern.matcher(json);
    if (!matcher.find()) {
      throw new IllegalStateException("not in the answer: " + pattern + " in " + json);
    }
    return matcher.group(1);
  }
}
