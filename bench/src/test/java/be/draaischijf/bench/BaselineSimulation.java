package be.draaischijf.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * Baseline load: a static public JSF page and the readiness probe, side by side.
 *
 * <p>Closed workload model: {@code bench.users} virtual users per scenario stay active for
 * {@code bench.seconds}; each one loops "request, short pause" until its time is up. A
 * {@code maxDuration} hard stop caps the run whatever happens.
 *
 * <p>Loopback only: the constructor refuses any base URL whose host is not 127.0.0.1, localhost or
 * ::1, so this simulation can never be pointed at a shared or remote server.
 *
 * <p>System properties:
 *
 * <ul>
 *   <li>{@code bench.baseUrl} (default {@code http://127.0.0.1:8080})
 *   <li>{@code bench.users} concurrent users per scenario (default 20)
 *   <li>{@code bench.seconds} duration of the steady load in seconds (default 30)
 * </ul>
 */
public class BaselineSimulation extends Simulation {

  static final String DEFAULT_BASE_URL = "http://127.0.0.1:8080";
  static final int DEFAULT_USERS = 20;
  static final int DEFAULT_SECONDS = 30;

  /** Upper bounds so that a typo cannot turn a benchmark into a stress test. */
  static final int MAX_USERS = 1_000;

  static final int MAX_SECONDS = 3_600;

  /** Think time between two requests of the same virtual user. */
  static final Duration PAUSE = Duration.ofMillis(100);

  /** Extra time after the steady load before the hard stop kicks in. */
  static final Duration GRACE = Duration.ofSeconds(30);

  static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "::1");

  public BaselineSimulation() {
    String baseUrl = requireLoopback(System.getProperty("bench.baseUrl", DEFAULT_BASE_URL));
    int users = intProperty("bench.users", DEFAULT_USERS, 1, MAX_USERS);
    int seconds = intProperty("bench.seconds", DEFAULT_SECONDS, 1, MAX_SECONDS);
    Duration steady = Duration.ofSeconds(seconds);

    HttpProtocolBuilder httpProtocol =
        http.baseUrl(baseUrl)
            .disableWarmUp()
            .acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
            .userAgentHeader("draaischijf-bench");

    ScenarioBuilder barePage =
        scenario("bare page")
            .during(steady)
            .on(exec(http("GET /contact").get("/contact").check(status().is(200))).pause(PAUSE));

    ScenarioBuilder readiness =
        scenario("readiness")
            .during(steady)
            .on(
                exec(http("GET /health/ready").get("/health/ready").check(status().is(200)))
                    .pause(PAUSE));

    setUp(
            barePage.injectClosed(constantConcurrentUsers(users).during(steady)),
            readiness.injectClosed(constantConcurrentUsers(users).during(steady)))
        .protocols(httpProtocol)
        .maxDuration(steady.plus(GRACE))
        .assertions(global().failedRequests().percent().lt(1.0));
  }

  /**
   * Returns the base URL without trailing slashes, or throws {@link IllegalArgumentException} when
   * it is not an http(s) URL on a loopback host.
   */
  static String requireLoopback(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new IllegalArgumentException("bench.baseUrl must not be empty");
    }
    String trimmed = raw.trim();
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("bench.baseUrl is not a valid URL: " + raw, e);
    }
    String scheme = uri.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      throw new IllegalArgumentException("bench.baseUrl must be an http or https URL: " + raw);
    }
    String host = uri.getHost();
    if (host == null) {
      throw new IllegalArgumentException("bench.baseUrl has no host: " + raw);
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if (!LOOPBACK_HOSTS.contains(host.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          "Refusing to run: bench.baseUrl must point at this machine (127.0.0.1, localhost or ::1),"
              + " got host '"
              + host
              + "'");
    }
    String withoutTrailingSlash = trimmed;
    while (withoutTrailingSlash.endsWith("/")) {
      withoutTrailingSlash = withoutTrailingSlash.substring(0, withoutTrailingSlash.length() - 1);
    }
    return withoutTrailingSlash;
  }

  static int intProperty(String name, int defaultValue, int min, int max) {
    String raw = System.getProperty(name);
    if (raw == null || raw.isBlank()) {
      return defaultValue;
    }
    int value;
    try {
      value = Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got '" + raw + "'", e);
    }
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }
}
