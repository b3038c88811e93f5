package be.draaischijf.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import be.draaischijf.platform.refusal.Busy;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Snapshot;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.junit.jupiter.api.Test;

/**
 * The figures as the registry gets them: the names Payara turns into {@code draaischijf_…_total},
 * {@code …_seconds}; tag values in lower case; every known series there at 0 from the start; a description on each;
 * and counting that never fails what is counted.
 */
class MetricsTest {

    private final Registry recorded = new Registry();
    private final Metrics metrics = new Metrics(recorded.proxy());

    @Test
    void everyCounterSeriesWithAKnownTagValueIsThereAtZeroBeforeAnythingHappened() {
        assertThat(recorded.counts).containsEntry("draaischijf_registrations{outcome=confirmed}", 0L)
                .containsEntry("draaischijf_registrations{outcome=rate_limited}", 0L)
                .containsEntry("draaischijf_intakes", 0L)
                .containsEntry("draaischijf_mails{state=given_up}", 0L)
                .containsEntry("draaischijf_logins{outcome=failure,via=api}", 0L)
                .containsEntry("draaischijf_lockouts", 0L)
                .containsEntry("draaischijf_limits_hit{limit=login_failures}", 0L)
                .containsEntry("draaischijf_timer_runs{timer=outbox}", 0L)
                .containsEntry("draaischijf_timer_runs{timer=training_retention}", 0L);
        assertThat(recorded.counts.keySet()).allSatisfy(series -> assertThat(series).doesNotContain("_total"));
        assertThat(recorded.metadata.values()).allSatisfy(metric ->
                assertThat(metric.description()).as(metric.getName()).hasValueSatisfying(text -> assertThat(text).hasSizeGreaterThan(20)));
    }

    @Test
    void eachCountLandsInItsOwnSeries() {
        metrics.registration(Metrics.RegistrationOutcome.CONFIRMED);
        metrics.registration(Metrics.RegistrationOutcome.CONFIRMED);
        metrics.registration(Metrics.RegistrationOutcome.ALREADY_REGISTERED);
        metrics.intake();
        metrics.mails(Metrics.MailState.QUEUED, 3);
        metrics.mails(Metrics.MailState.SENT, 0);
        metrics.login(Metrics.LoginOutcome.SECOND_FACTOR, Metrics.LoginVia.PAGE);
        metrics.lockout();
        metrics.limitHit(Metrics.Limit.SIGN_UPS);
        metrics.timerRun(Metrics.Job.REFERRAL_DEADLINES);

        assertThat(recorded.counts).containsEntry("draaischijf_registrations{outcome=confirmed}", 2L)
                .containsEntry("draaischijf_registrations{outcome=already_registered}", 1L)
                .containsEntry("draaischijf_registrations{outcome=waitlisted}", 0L)
                .containsEntry("draaischijf_intakes", 1L)
                .containsEntry("draaischijf_mails{state=queued}", 3L)
                .containsEntry("draaischijf_mails{state=sent}", 0L)
                .containsEntry("draaischijf_logins{outcome=second_factor,via=page}", 1L)
                .containsEntry("draaischijf_lockouts", 1L)
                .containsEntry("draaischijf_limits_hit{limit=sign_ups}", 1L)
                .containsEntry("draaischijf_timer_runs{timer=referral_deadlines}", 1L);
    }

    @Test
    void aReportsDurationIsTimedInNanosecondsSoThatPayaraWritesSeconds() {
        metrics.reportTook("CaseReports.leadTimes", Duration.ofMillis(120));
        metrics.reportTook("CaseReports.leadTimes", Duration.ofMillis(80));

        assertThat(recorded.timed).containsEntry("draaischijf_report_duration{report=CaseReports.leadTimes}",
                List.of(Duration.ofMillis(120), Duration.ofMillis(80)));
        assertThat(recorded.metadata.get("draaischijf_report_duration").unit()).hasValue(MetricUnits.NANOSECONDS);
    }

    @Test
    void theOutboxGaugeReadsItsSupplierAtEachScrapeInSeconds() {
        double[] age = {0};
        metrics.watchOutbox(() -> age[0]);
        age[0] = 42.5;

        assertThat(recorded.gauges.get("draaischijf_outbox_oldest_unsent").get()).isEqualTo(42.5);
        assertThat(recorded.metadata.get("draaischijf_outbox_oldest_unsent").unit()).hasValue(MetricUnits.SECONDS);
    }

    @Test
    void aRefusalOfARegistrationCountsAsItsReasonOrItsKind() {
        assertThat(Metrics.RegistrationOutcome.of(NotAllowedNow.because("ALREADY_REGISTERED", "training.registration.already")))
                .isEqualTo(Metrics.RegistrationOutcome.ALREADY_REGISTERED);
        assertThat(Metrics.RegistrationOutcome.of(NotAllowedNow.because("NOT_OPEN_YET", "training.registration.not-open-yet")))
                .isEqualTo(Metrics.RegistrationOutcome.NOT_OPEN_YET);
        assertThat(Metrics.RegistrationOutcome.of(new NotAllowedNow("training.registration.closed")))
                .as("no reason").isEqualTo(Metrics.RegistrationOutcome.REFUSED);
        assertThat(Metrics.RegistrationOutcome.of(new Busy("training.session.busy"))).isEqualTo(Metrics.RegistrationOutcome.BUSY);
        assertThat(Metrics.RegistrationOutcome.of(new NotFound("training.session.unknown")))
                .isEqualTo(Metrics.RegistrationOutcome.NOT_FOUND);
        assertThat(Metrics.RegistrationOutcome.of(new Invalid(FieldError.of("sector", "draaischijf.sector.unknown"))))
                .isEqualTo(Metrics.RegistrationOutcome.INVALID);
        assertThat(Metrics.RegistrationOutcome.of(new ChangedMeanwhile("x"))).isEqualTo(Metrics.RegistrationOutcome.REFUSED);
    }

    @Test
    void countingNeverFailsWhatIsCountedWhenTheRegistryFailsOrIsMissing() {
        MetricRegistry broken = (MetricRegistry) Proxy.newProxyInstance(MetricRegistry.class.getClassLoader(),
                new Class<?>[] {MetricRegistry.class}, (proxy, method, args) -> {
                    throw new IllegalArgumentException("Metadata already registered, does not match");
                });
        for (Metrics counting : List.of(new Metrics(broken), Metrics.none(), new Metrics())) {
            assertThatCode(() -> {
                counting.registration(Metrics.RegistrationOutcome.BUSY);
                counting.mails(Metrics.MailState.SENT, 1);
                counting.reportTook("CaseReports.referrals", Duration.ofSeconds(1));
                counting.watchOutbox(() -> 1.0);
            }).doesNotThrowAnyException();
        }
    }

    @Test
    void aReportIsNamedByTheModuleApiAndItsMethod() throws NoSuchMethodException {
        assertThat(ReportDurations.report(CaseReportsBean.class.getMethod("leadTimes"))).isEqualTo("CaseReports.leadTimes");
        assertThat(ReportDurations.report(MetricsTest.class.getDeclaredMethod("aReportIsNamedByTheModuleApiAndItsMethod")))
                .isEqualTo("MetricsTest.aReportIsNamedByTheModuleApiAndItsMethod");
    }

    /** A bean of a module's boundary, as far as its name goes. */
    public static class CaseReportsBean {
        public void leadTimes() {
            // only its name matters
        }
    }

    /** A registry that keeps what it was given: counts, durations and gauges per series ({@code name{tag=value,…}}). */
    static final class Registry implements InvocationHandler {

        final Map<String, Long> counts = new TreeMap<>();
        final Map<String, List<Duration>> timed = new HashMap<>();
        final Map<String, Supplier<?>> gauges = new HashMap<>();
        final Map<String, Metadata> metadata = new HashMap<>();

        MetricRegistry proxy() {
            return (MetricRegistry) Proxy.newProxyInstance(MetricRegistry.class.getClassLoader(),
                    new Class<?>[] {MetricRegistry.class}, this);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            if (args == null || args.length == 0 || !(args[0] instanceof Metadata)) {
                throw new UnsupportedOperationException(method.toString());
            }
            Metadata given = (Metadata) args[0];
            metadata.merge(given.getName(), given, (known, again) -> {
                assertThat(again).as("the same metadata each time").isEqualTo(known);
                return known;
            });
            Tag[] tags = args[args.length - 1] instanceof Tag[] last ? last : new Tag[0];
            String series = given.getName() + (tags.length == 0 ? "" : Arrays.stream(tags)
                    .map(tag -> tag.getTagName() + "=" + tag.getTagValue()).sorted()
                    .collect(Collectors.joining(",", "{", "}")));
            return switch (method.getName()) {
                case "counter" -> {
                    counts.putIfAbsent(series, 0L);
                    yield counter(series);
                }
                case "timer" -> timer(timed.computeIfAbsent(series, key -> new ArrayList<>()));
                case "gauge" -> {
                    Supplier<?> supplier = (Supplier<?>) args[1];
                    gauges.putIfAbsent(series, supplier);
                    yield (Gauge<Number>) () -> (Number) supplier.get();
                }
                default -> throw new UnsupportedOperationException(method.toString());
            };
        }

        private Counter counter(String series) {
            return new Counter() {
                @Override
                public void inc() {
                    inc(1);
                }

                @Override
                public void inc(long n) {
                    counts.merge(series, n, Long::sum);
                }

                @Override
                public long getCount() {
                    return counts.get(series);
                }
            };
        }

        private static Timer timer(List<Duration> durations) {
            return new Timer() {
                @Override
                public void update(Duration duration) {
                    durations.add(duration);
                }

                @Override
                public <T> T time(Callable<T> event) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void time(Runnable event) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Timer.Context time() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Duration getElapsedTime() {
                    return durations.stream().reduce(Duration.ZERO, Duration::plus);
                }

                @Override
                public long getCount() {
                    return durations.size();
                }

                @Override
                public Snapshot getSnapshot() {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }
}
