package be.draaischijf.web.security;

import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.LoginResult;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** What the identity store learnt during this request's login, for the login page's message. */
@RequestScoped
public class LoginAttempt {

    private LoginResult result;
    private boolean api;

    /** This request's credentials come with an API call (HTTP Basic), not from the login page. */
    void viaApi() {
        this.api = true;
    }

    boolean isApi() {
        return api;
    }

    private boolean expired;

    void record(LoginResult result) {
        this.result = result;
    }

    /** The password was right and a code must follow. */
    public boolean needsSecondFactor() {
        return result != null && result.outcome() == LoginResult.Outcome.SECOND_FACTOR;
    }

    /** The second step found no login waiting (or it waited too long): log in again. */
    void expired() {
        this.expired = true;
    }

    public boolean isExpired() {
        return expired;
    }

    /** The roles of the account that logged in, as the container's group names (none before a login). */
    public java.util.Set<String> groups() {
        return account().stream().flatMap(account -> account.roles().stream()).map(Enum::name)
                .collect(java.util.stream.Collectors.toSet());
    }

    public Optional<AccountView> account() {
        return result == null ? Optional.empty() : result.account();
    }
}
