package be.draaischijf.systemtests;

import static be.draaischijf.systemtests.ReferralApiIT.PW;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * What city IT watches (issue 18, ADR 0052): the application's own figures on Payara's {@code /metrics}, in Prometheus
 * text, move with what people do. Read before, act, read after: the server is shared with the other tests, so each figure
 * must have grown by at least what this test did. H2 only: the figures are counted in the server's memory, not in the
 * database; the counting points run on both databases in the modules' tests (MailOutboxMetricsDatabaseTest,
 * LoginMetricsDatabaseTest).
 */
// the mails must go out: never while the mail server is away (MailOutageIT)
@ResourceLock(MailOutageIT.MAIL_SERVER)
class MetricsIT {

    /** An address of this test's own (through the proxy the tests' server trusts): the address limits are not touched. */
    private static final String ADDRESS = "203.0.113.181";

    /** Every family of the application's, as Payara writes it. */
    private static final List<String> FAMILIES = List.of("draaischijf_registrations_total", "draaischijf_intakes_total",
            "draaischijf_mails_total", "draaischijf_outbox_oldest_unsent_seconds", "draaischijf_logins_total",
            "draaischijf_lockouts_total", "draaischijf_limits_hit_total", "draaischijf_timer_runs_total",
            "draaischijf_report_duration_seconds");

    @Test
    void registrationsLoginsAQuestionAReportAndTheirMailsMoveTheFiguresOnMetrics() {
        Scrape before = Scrape.now();

        // a session with one seat: the first person gets it, the second waits, the first again is told she is registered
        String session = TrainingApiIT.publishedSession("Metrics", 1).getString("id");
        String first = TrainingApiIT.unique("eerste");
        assertThat(TrainingApiIT.register(session, TrainingApiIT.registration(first)).statusCode()).isEqualTo(201);
        assertThat(TrainingApiIT.register(session, TrainingApiIT.registration(TrainingApiIT.unique("tweede"))).statusCode())
                .isEqualTo(201);
        assertThat(TrainingApiIT.register(session, TrainingApiIT.registration(first)).statusCode()).isEqualTo(409);

        // a wrong and a right password over the API
        assertThat(Http.getFrom(ADDRESS, "/api/me", "niemand@example.org", "geraden").statusCode()).isEqualTo(401);
        assertThat(Http.getFrom(ADDRESS, "/api/me", "professional", PW).statusCode()).isEqualTo(200);

        // a professional's question about a young person, and a coordinator's report
        ReferralApiIT.submit("professional", ReferralApiIT.intake(ReferralApiIT.uniqueFirstName(), false));
        HttpResponse<String> report = Http.get("/api/reports/lead-times", "coordinator", PW);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);

        // the confirmation, the waiting-list mail and the professional's confirmation go out after their commits
        Scrape after = Scrape.awaiting(now -> now.grew(before, 3, "draaischijf_mails_total", "state", "sent"),
                Duration.ofSeconds(20), "three more mails sent");

        assertThat(after.grew(before, 1, "draaischijf_registrations_total", "outcome", "confirmed")).isTrue();
        assertThat(after.grew(before, 1, "draaischijf_registrations_total", "outcome", "waitlisted")).isTrue();
        assertThat(after.grew(before, 1, "draaischijf_registrations_total", "outcome", "already_registered")).isTrue();
        assertThat(after.grew(before, 1, "draaischijf_intakes_total")).isTrue();
        assertThat(after.grew(before, 3, "draaischijf_mails_total", "state", "queued")).isTrue();
        assertThat(after.grew(before, 1, "draaischijf_logins_total", "outcome", "failure", "via", "api")).isTrue();
        assertThat(after.grew(before, 1, "draaischijf_logins_total", "outcome", "success", "via", "api")).isTrue();
        assertThat(after.grew(before, 1, "draaischijf_report_duration_seconds_count", "report", "CaseReports.leadTimes"))
                .isTrue();
        assertThat(after.value("draaischijf_report_duration_seconds_sum", "report", "CaseReports.leadTimes"))
                .as("seconds, not nanoseconds").isPositive().isLessThan(after.value("draaischijf_report_duration_seconds_count",
                        "report", "CaseReports.leadTimes") * 60);

        // what nobody did here is there too, at its count so far: a rate is never computed from a missing series
        assertThat(after.has("draaischijf_lockouts_total")).isTrue();
        assertThat(after.has("draaischijf_limits_hit_total", "limit", "login_failures")).isTrue();
        assertThat(after.has("draaischijf_mails_total", "state", "given_up")).isTrue();
        for (String timer : List.of("outbox", "training_sessions", "offer_reminders", "agreement_reminders",
                "referral_deadlines", "referral_retention", "identity_retention", "training_retention")) {
            assertThat(after.has("draaischijf_timer_runs_total", "timer", timer)).as(timer).isTrue();
        }
        assertThat(after.value("draaischijf_outbox_oldest_unsent_seconds")).as("no mail waits for ages")
                .isGreaterThanOrEqualTo(0.0).isLessThan(Duration.ofDays(1).toSeconds());
        for (String family : FAMILIES) {
            assertThat(after.text()).as("a description for " + family).containsPattern("(?m)^# HELP " + family + " \\S.{20,}$");
        }

        // the outbox's timer runs every minute on every server
        Scrape.awaiting(now -> now.value("draaischijf_timer_runs_total", "timer", "outbox") >= 1, Duration.ofSeconds(75),
                "a run of the outbox's timer");
    }

    /**
     * The application's series of one read of {@code /metrics}, by name and labels ({@code mp_scope} left out), e.g.
     * {@code draaischijf_mails_total{state=sent}}.
     */
    record Scrape(Map<String, Double> series, String text) {

        static Scrape now() {
            HttpResponse<String> metrics = Http.get("/metrics");
            assertThat(metrics.statusCode()).as(metrics.body()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
            return parse(metrics.body());
        }

        /** Reads /metrics until {@code done} holds, at most {@code atMost}. */
        static Scrape awaiting(Predicate<Scrape> done, Duration atMost, String what) {
            long until = System.nanoTime() + atMost.toNanos();
            while (true) {
                Scrape now = now();
                if (done.test(now)) {
                    return now;
                }
                if (System.nanoTime() > until) {
                    throw new AssertionError("not on /metrics within " + atMost + ": " + what + "\n" + now.series());
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }

        static Scrape parse(String text) {
            Map<String, Double> series = new TreeMap<>();
            for (String line : text.split("\n")) {
                if (!line.startsWith("draaischijf_")) {
                    continue;
                }
                Map<String, String> labels = new TreeMap<>();
                int brace = line.indexOf('{');
                int space = line.indexOf(' ');
                String name;
                String rest;
                if (brace >= 0 && (space < 0 || brace < space)) {
                    name = line.substring(0, brace);
                    int at = brace + 1;
                    while (line.charAt(at) != '}') {
                        int equals = line.indexOf('=', at);
                        String key = line.substring(at, equals).strip();
                        StringBuilder value = new StringBuilder();
                        int i = equals + 2; // past ="
                        while (line.charAt(i) != '"') {
                            if (line.charAt(i) == '\\') {
                                i++;
                            }
                            value.append(line.charAt(i++));
                        }
                        labels.put(key, value.toString());
                        at = i + 1;
                        if (line.charAt(at) == ',') {
                            at++;
                        }
                    }
                    rest = line.substring(at + 1).strip();
                } else {
                    name = line.substring(0, space);
                    rest = line.substring(space + 1).strip();
                }
                labels.remove("mp_scope");
                labels.remove("mp_app");
                series.put(key(name, labels), Double.parseDouble(rest.split("\\s+")[0]));
            }
            return new Scrape(series, text);
        }

        /** The sum of this name's series that carry these labels (name, value, name, value …); 0 when there are none. */
        double value(String name, String... labels) {
            return matching(name, labels).stream().mapToDouble(series::get).sum();
        }

        boolean has(String name, String... labels) {
            return !matching(name, labels).isEmpty();
        }

        /** Whether this figure is at least {@code by} above what {@code before} read. */
        boolean grew(Scrape before, double by, String name, String... labels) {
            return value(name, labels) - before.value(name, labels) >= by;
        }

        private List<String> matching(String name, String... labels) {
            return series.keySet().stream()
                    .filter(key -> key.equals(name) || key.startsWith(name + "{"))
                    .filter(key -> {
                        for (int i = 0; i < labels.length; i += 2) {
                            if (!key.matches(".*[{,]" + java.util.regex.Pattern.quote(labels[i] + "=" + labels[i + 1]) + "[,}].*")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .toList();
        }

        private static String key(String name, Map<String, String> labels) {
            return labels.isEmpty() ? name : labels.entrySet().stream().map(label -> label.getKey() + "=" + label.getValue())
                    .collect(Collectors.joining(",", name + "{", "}"));
        }
    }
}
