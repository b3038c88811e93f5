package be.draaischijf.identity.control;

import be.draaischijf.identity.entity.Account;
import java.time.Duration;
import java.time.Instant;

/**
 * After {@code maxFailures} failed logins in a row, an account refuses logins for {@code lockout}.
 * The counters live on the account row, so the rule holds across cluster members.
 */
public record LoginThrottle(int maxFailures, Duration lockout) {

    public boolean refuses(Account account, Instant now) {
        return account.getLockedUntil() != null && now.isBefore(account.getLockedUntil());
    }

    /** Counts a failure; whether it locked the account now. */
    public boolean recordFailure(Account account, Instant now) {
        int failures = account.getFailedLogins() + 1;
        if (failures >= maxFailures) {
            account.setLockedUntil(now.plus(lockout));
            account.setFailedLogins(0);
            return true;
        }
        account.setFailedLogins(failures);
        return false;
    }

    public void recordSuccess(Account account) {
        account.setFailedLogins(0);
        account.setLockedUntil(null);
    }
}
