package be.draaischijf.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
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
 * The coordinators' workbench: {@code GET /api/referrals} (the same module call as the lazy table of
 * /meldpunt/dossiers: one page of 25 plus the total), unfiltered "overdue first" and with the filters a
 * coordinator uses (status, district, problem area, age band, urgency, "my cases", overdue only).
 *
 * <p>Each virtual user logs in once through the login form (as a coordinator would; HTTP Basic would
 * add a PBKDF2 check to every request) and then keeps its session. Run it at 1 000 and at 100 000 cases
 * (bench/README.md: {@code POST /api/demo/cases?count=}). Same bounds and loopback rule as
 * {@link BaselineSimulation}; default 10 concurrent users for 30 s.
 */
public class WorkbenchSimulation extends Simulation {

  static final List<String> FILTERS =
      List.of(
          "",
          "",
          "&open=true",
          "&status=IN_ANALYSIS",
          "&district=KIEL",
          "&problemArea=DROPOUT",
          "&ageBand=FROM_16_TO_17&open=true",
          "&urgency=HIGH&open=true",
          "&coordinator=coordinator&open=true",
          "&overdue=true",
          "&district=HOBOKEN&problemArea=HOME&open=true",
          "&sort=RECEIVED&asc=false");

  public WorkbenchSimulation() {
    String baseUrl =
        BaselineSimulation.requireLoopback(
            System.getProperty("bench.baseUrl", BaselineSimulation.DEFAULT_BASE_URL));
    int users = BaselineSimulation.intProperty("bench.users", 10, 1, BaselineSimulation.MAX_USERS);
    int seconds =
        BaselineSimulation.intProperty(
            "bench.seconds", BaselineSimulation.DEFAULT_SECONDS, 1, BaselineSimulation.MAX_SECONDS);
    Duration steady = Duration.ofSeconds(seconds);

    Random random = new Random(7);
    Iterator<Map<String, Object>> requests =
        Stream.generate(
                () ->
                {
                  String filter = FILTERS.get(random.nextInt(FILTERS.size()));
                  return Map.<String, Object>of(
                      "filter", filter,
                      "name", filter.isEmpty() ? "(no filter)" : filter.substring(1),
                      "offset", random.nextInt(4) * 25);
                })
            .iterator();

    HttpProtocolBuilder httpProtocol =
        http.baseUrl(baseUrl).disableWarmUp().userAgentHeader("draaischijf-bench");

    ScenarioBuilder workbench =
        scenario("workbench")
            .exec(
                http("GET /login")
                    .get("/login")
                    .check(
                        css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
            .exec(
                http("POST /login")
                    .post("/login")
                    .formParam("login", "login")
                    .formParam("login:username", "coordinator")
                    .formParam("login:password", "demo")
                    .formParam("login:submit", "")
                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                    .check(status().in(200, 302, 303)))
            .during(steady)
            .on(
                feed(requests)
                    .exec(
                        http("GET /api/referrals #{name}")
                            .get("/api/referrals?size=25&offset=#{offset}#{filter}")
                            .header("Accept", "application/json")
                            .check(status().is(200)))
                    .pause(BaselineSimulation.PAUSE));

    setUp(workbench.injectClosed(constantConcurrentUsers(users).during(steady)))
        .protocols(httpProtocol)
        .maxDuration(steady.plus(BaselineSimulation.GRACE))
        .assertions(global().failedRequests().percent().lt(1.0));
  }
}
