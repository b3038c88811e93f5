package be.draaischijf.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.platform.limits.Admission;
import be.draaischijf.platform.limits.AddressLimits;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A per-address limit as the pages and resources use it: the platform counts (over every server, ADR 0051), this says
 * what the caller does with the answer, and lets everything through when the counts cannot be asked.
 */
class AddressLimitTest {

    private final CountsInMemory counts = new CountsInMemory();

    @Test
    void anAddressPastItsLimitWaitsWhatTheCountsSayWhileAnotherGoesOn() {
        AddressLimit limit = new AddressLimit(counts, "intakes", 3);

        IntStream.range(0, 3).forEach(i -> assertThat(limit.take("203.0.113.7")).as("attempt %d", i + 1).isEmpty());

        assertThat(limit.take("203.0.113.7")).hasValue(CountsInMemory.WAIT);
        assertThat(limit.take("198.51.100.9")).isEmpty();
        assertThat(counts.asked).startsWith("count intakes 203.0.113.7");
    }

    @Test
    void failedLoginsReachTheLimitOnceAndThenEveryLoginFromThatAddressWaits() {
        AddressLimit failures = new AddressLimit(counts, "login-failures", 3);

        assertThat(failures.waitFor("203.0.113.7")).isEmpty();
        assertThat(failures.failed("203.0.113.7")).isFalse();
        assertThat(failures.failed("203.0.113.7")).isFalse();
        assertThat(failures.waitFor("203.0.113.7")).as("a look does not count").isEmpty();
        assertThat(failures.failed("203.0.113.7")).as("the third reaches the limit").isTrue();
        assertThat(failures.waitFor("203.0.113.7")).hasValue(CountsInMemory.WAIT);
        assertThat(failures.failed("203.0.113.7")).as("said once").isFalse();
        assertThat(failures.waitFor("198.51.100.9")).isEmpty();
    }

    @Test
    void zeroSwitchesTheLimitOffWithoutAskingTheCounts() {
        AddressLimit off = new AddressLimit(counts, "registrations", 0);

        IntStream.range(0, 100).forEach(i -> assertThat(off.take("203.0.113.7")).isEmpty());
        assertThat(off.failed("203.0.113.7")).isFalse();
        assertThat(off.waitFor("203.0.113.7")).isEmpty();
        assertThat(off.perMinute()).isZero();
        assertThat(counts.asked).isEmpty();
    }

    @Test
    void countsThatCannotBeAskedLetTheAttemptThrough() {
        AddressLimits away = new AddressLimits() {
            @Override
            public Admission count(String limit, String address, int perMinute) {
                throw new IllegalStateException("the platform's bean is not there");
            }

            @Override
            public Admission peek(String limit, String address, int perMinute) {
                throw new IllegalStateException("the platform's bean is not there");
            }
        };
        AddressLimit limit = new AddressLimit(away, "intakes", 1);

        IntStream.range(0, 5).forEach(i -> {
            assertThat(limit.take("203.0.113.7")).isEmpty();
            assertThat(limit.waitFor("203.0.113.7")).isEmpty();
            assertThat(limit.failed("203.0.113.7")).isFalse();
        });
    }
}
