package be.draaischijf.web.security;

import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.Accounts;
import be.draaischijf.identity.api.LoginResult;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/** Checks usernames and passwords against the identity module's accounts (PBKDF2 hashes). */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @EJB
    Accounts accounts;

    @Inject
    LoginAttempt attempt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginResult result = attempt.isApi()
                ? accounts.verifyApiCredentials(login.getCaller(), login.getPasswordAsString())
                : accounts.verifyCredentials(login.getCaller(), login.getPasswordAsString());
        attempt.record(result);
        // a right password of an account with two-factor sign-in is not a login yet: the code must follow
        return result.outcome() != LoginResult.Outcome.ACCEPTED ? CredentialValidationResult.INVALID_RESULT
                : result.account().map(AccountIdentityStore::valid).orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static CredentialValidationResult valid(AccountView account) {
        return new CredentialValidationResult(account.username(),
                account.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
