package be.draaischijf.web.security;

import jakarta.security.enterprise.credential.Credential;

/** The second step of a login: the code of the authenticator app (or a recovery code) for the login waiting in the session. */
public record SecondFactorCredential(String code) implements Credential {
}
