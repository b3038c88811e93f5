package be.draaischijf.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Matching load: {@code GET /api/offers/matches} for varied young people (age 6–20, a district,
 * two problem areas, Dutch), as a coordinator's screen or the referral module would ask.
 *
 * <p>Run it once with the directory at 100 offers and once at 10 000 (see bench/README.md for the
 * demo-only endpoint that fills the directory). Same bounds and loopback rule as
 * {@link BaselineSimulation}; default 10 concurrent users for 30 s.
 */
public class MatchingSimulation extends Simulation {

  static final List<String> DISTRICTS =
      List.of("KIEL", "ANTWERPEN", "BERCHEM", "BORGERHOUT", "DEURNE", "HOBOKEN", "MERKSEM", "WILRIJK");
  static final List<String> AREAS =
      List.of("ABSENTEEISM", "DROPOUT", "BEHAVIOUR", "WELLBEING", "HOME", "HOUSING", "SUBSTANCE_USE");

  public MatchingSimulation() {
    String baseUrl =
        BaselineSimulation.requireLoopback(
            System.getProperty("bench.baseUrl", BaselineSimulation.DEFAULT_BASE_URL));
    int users = BaselineSimulation.intProperty("bench.users", 10, 1, BaselineSimulation.MAX_USERS);
    int seconds =
        BaselineSimulation.intProperty(
            "bench.seconds", BaselineSimulation.DEFAULT_SECONDS, 1, BaselineSimulation.MAX_SECONDS);
    Duration steady = Duration.ofSeconds(seconds);

    Random random = new Random(42);
    Iterator<Map<String, Object>> youngPeople =
        Stream.generate(
                () ->
                    Map.<String, Object>of(
                        "age", 6 + random.nextInt(15),
                        "district", DISTRICTS.get(random.nextInt(DISTRICTS.size())),
                        "area1", AREAS.get(random.nextInt(AREAS.size())),
                        "area2", AREAS.get(random.nextInt(AREAS.size()))))
            .iterator();

    HttpProtocolBuilder httpProtocol =
        http.baseUrl(baseUrl)
            .disableWarmUp()
            .acceptHeader("application/json")
            .userAgentHeader("draaischijf-bench");

    ScenarioBuilder matching =
        scenario("matching")
            .during(steady)
            .on(
                feed(youngPeople)
                    .exec(
                        http("GET /api/offers/matches")
                            .get(
                                "/api/offers/matches?age=#{age}&district=#{district}"
                                    + "&problemArea=#{area1}&problemArea=#{area2}&language=nl&limit=20")
                            .check(status().is(200)))
                    .pause(BaselineSimulation.PAUSE));

    setUp(matching.injectClosed(constantConcurrentUsers(users).during(steady)))
        .protocols(httpProtocol)
        .maxDuration(steady.plus(BaselineSimulation.GRACE))
        .assertions(global().failedRequests().percent().lt(1.0));
  }
}
