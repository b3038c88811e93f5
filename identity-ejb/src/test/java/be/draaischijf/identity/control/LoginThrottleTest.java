package be.draaischijf.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.identity.api.Role;
import be.draaischijf.identity.entity.Account;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15));
    private final Account account = new Account("someone", "Someone", "hash", Set.of(Role.PROFESSIONAL));
    private final Instant now = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void failuresBelowTheLimitDoNotLockTheAccount() {
        throttle.recordFailure(account, now);
        throttle.recordFailure(account, now);
        assertThat(throttle.refuses(account, now)).isFalse();
    }

    @Test
    void reachingTheLimitRefusesLoginsUntilTheLockoutHasPassed() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure(account, now);
        }
        assertThat(throttle.refuses(account, now.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(throttle.refuses(account, now.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        throttle.recordFailure(account, now);
        throttle.recordFailure(account, now);
        throttle.recordSuccess(account);
        throttle.recordFailure(account, now);
        assertThat(throttle.refuses(account, now)).isFalse();
        assertThat(account.getFailedLogins()).isEqualTo(1);
    }
}
