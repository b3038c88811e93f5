package be.draaischijf.identity.api;

import java.util.Optional;

/** The answer to a login attempt; the account only when the attempt was accepted (or waits for its second factor). */
public record LoginResult(Outcome outcome, Optional<AccountView> account) {

    public enum Outcome {
        ACCEPTED,
        /** Unknown user or wrong password: the caller must not say which. */
        REJECTED,
        /** Too many failed attempts: logins for this account are refused for a while. */
        THROTTLED,
        /**
         * The password is right and the account has two-factor sign-in: a code from its authenticator app (or a
         * recovery code) must follow ({@link Accounts#verifySecondFactor}); the account is there for that step.
         */
        SECOND_FACTOR
    }

    public static LoginResult secondFactor(AccountView account) {
        return new LoginResult(Outcome.SECOND_FACTOR, Optional.of(account));
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
