package be.draaischijf.identity.boundary;

import be.draaischijf.identity.api.ApiTokenView;
import be.draaischijf.identity.api.ApiTokens;
import be.draaischijf.identity.api.CreatedApiToken;
import be.draaischijf.identity.api.Roles;
import be.draaischijf.identity.api.SecurityEvent;
import be.draaischijf.identity.control.SecurityLog;
import be.draaischijf.identity.entity.Account;
import be.draaischijf.identity.entity.ApiToken;
import be.draaischijf.platform.OneTimeTokens;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.PARTNER, Roles.PROFESSIONAL})
@Interceptors(ParameterValidation.class)
public class ApiTokensBean implements ApiTokens {

    /** What every token starts with, so that a leaked one is recognised (secret scanners, logs). */
    static final String PREFIX = "dsk_";

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    SecurityLog log;

    Clock clock = Clock.systemUTC();

    java.util.function.BooleanSupplier demoMode = be.draaischijf.platform.RunMode::isDemo;

    @Override
    public List<ApiTokenView> mine() {
        return em.createQuery("select t from ApiToken t where t.accountId = :account and t.revokedAt is null"
                        + " order by t.createdAt desc", ApiToken.class)
                .setParameter("account", me().getId()).setMaxResults(100)
                .getResultStream().map(ApiToken::toView).toList();
    }

    @Override
    public CreatedApiToken create(String name) {
        Account account = me();
        if (account.mustEnrol(demoMode.getAsBoolean())) {
            // a token made before the second factor would open the API to the password alone
            throw NotAllowedNow.because("SECOND_FACTOR_FIRST", "identity.api-token.second-factor-first");
        }
        String token = PREFIX + OneTimeTokens.newToken();
        ApiToken made = new ApiToken(account.getId(), name.strip(), OneTimeTokens.hash(token), clock.instant());
        em.persist(made);
        log.record(SecurityEvent.Kind.API_TOKEN_CREATED, account.getUsername(), name.strip());
        return new CreatedApiToken(made.toView(), token);
    }

    @Override
    public void revoke(UUID id) {
        Account account = me();
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !token.getAccountId().equals(account.getId()) || token.isRevoked()) {
            throw new NotFound("identity.api-token.unknown");
        }
        token.revoke(clock.instant());
        log.record(SecurityEvent.Kind.API_TOKEN_REVOKED, account.getUsername(), token.toView().name());
    }

    private Account me() {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", caller.requireName()).getSingleResult();
    }
}
