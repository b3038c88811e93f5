package be.draaischijf.web.security;

import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.LoginResult;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** What the identity store learnt during this request's login, for the login page's message. */
@RequestScoped
public class LoginAttempt {

    private LoginResult result;

    void record(LoginResult result) {
        this.result = result;
    }

    public Optional<AccountView> account() {
        return result == null ? Optional.empty() : result.account();
    }
}
