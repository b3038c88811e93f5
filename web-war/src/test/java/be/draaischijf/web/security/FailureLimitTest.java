package be.draaischijf.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Failed logins per address: looking does not count, failures do, and an address that reached the limit waits. */
class FailureLimitTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long T0 = 987_654_321_000L;

    @Test
    void anAddressMayTryUntilItFailedTooOftenThenItWaitsUntilItsMinuteIsOver() {
        FailureLimit failures = new FailureLimit(10);

        IntStream.range(0, 10).forEach(i -> {
            assertThat(failures.waitFor("203.0.113.7", T0 + i * SECOND)).as("try %d", i + 1).isEmpty();
            assertThat(failures.failed("203.0.113.7", T0 + i * SECOND)).as("the limit is reached with the tenth failure only")
                    .isEqualTo(i == 9);
        });

        // the minute started at the first failure
        assertThat(failures.waitFor("203.0.113.7", T0 + 10 * SECOND)).hasValue(50);
        assertThat(failures.waitFor("203.0.113.7", T0 + 59 * SECOND)).hasValue(1);
        assertThat(failures.waitFor("198.51.100.9", T0)).as("another address").isEmpty();
        assertThat(failures.waitFor("203.0.113.7", T0 + 60 * SECOND)).as("a new minute").isEmpty();
        failures.failed("203.0.113.7", T0 + 61 * SECOND);
        assertThat(failures.waitFor("203.0.113.7", T0 + 61 * SECOND)).as("counting starts again").isEmpty();
    }

    @Test
    void zeroSwitchesTheLimitOff() {
        FailureLimit off = new FailureLimit(0);

        IntStream.range(0, 100).forEach(i -> off.failed("203.0.113.7", T0));

        assertThat(off.waitFor("203.0.113.7", T0)).isEmpty();
        assertThat(off.perMinute()).isZero();
    }
}
