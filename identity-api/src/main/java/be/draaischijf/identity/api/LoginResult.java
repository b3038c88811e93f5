package be.draaischijf.identity.api;

import java.util.Optional;

/** The answer to a login attempt; the account only when the attempt was accepted. */
public record LoginResult(Outcome outcome, Optional<AccountView> account) {

    public enum Outcome {
        ACCEPTED,
        /** Unknown user or wrong password: the caller must not say which. */
        REJECTED,
        /** Too many failed attempts: logins for this account are refused for a while. */
        THROTTLED
    }

    public static LoginResult accepted(AccountView account) {
        return new LoginResult(Outcome.ACCEPTED, Optional.of(account));
    }

    public static LoginResult rejected() {
        return new LoginResult(Outcome.REJECTED, Optional.empty());
    }

    public static LoginResult throttled() {
        return new LoginResult(Outcome.THROTTLED, Optional.empty());
    }
}
