package be.draaischijf.identity.boundary;

import be.draaischijf.identity.api.AccountStanding;
import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.Accounts;
import be.draaischijf.identity.api.LoginResult;
import be.draaischijf.identity.api.Role;
import be.draaischijf.identity.api.Roles;
import be.draaischijf.platform.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import be.draaischijf.identity.control.LoginThrottle;
import be.draaischijf.identity.entity.Account;
import jakarta.annotation.PostConstruct;
import be.draaischijf.platform.ParameterValidation;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
@PermitAll
@Interceptors(ParameterValidation.class)
public class AccountsBean implements Accounts {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "draaischijf.security.max-failed-logins", defaultValue = "5")
    int maxFailedLogins;

    @Inject
    @ConfigProperty(name = "draaischijf.security.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    Clock clock = Clock.systemUTC();
    private LoginThrottle throttle;

    @PostConstruct
    void init() {
        throttle = new LoginThrottle(maxFailedLogins, Duration.ofMinutes(lockoutMinutes));
    }

    @Override
    public LoginResult verifyCredentials(String username, String password) {
        if (username == null || password == null || username.isBlank()) {
            return LoginResult.rejected();
        }
        Optional<Account> found = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", normalise(username))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            // an unknown name costs as long as a wrong password
            hashing.matches(password, hashing.unknownPasswordHash());
            return LoginResult.rejected();
        }
        Account account = found.get();
        if (!account.isActive()) {
            // not verified yet (or no password chosen yet): answered exactly like a wrong password
            hashing.matches(password, hashing.unknownPasswordHash());
            return LoginResult.rejected();
        }
        if (throttle.refuses(account, clock.instant())) {
            return LoginResult.throttled();
        }
        if (!hashing.matches(password, account.getPasswordHash())) {
            throttle.recordFailure(account, clock.instant());
            return LoginResult.rejected();
        }
        throttle.recordSuccess(account);
        if (hashing.isOutdated(account.getPasswordHash())) {
            // made with fewer iterations than today's: replaced now that the password is at hand; the account's
            // sessions stay, it is the same password
            account.upgradePasswordHash(hashing.hash(password));
        }
        return LoginResult.accepted(account.toView());
    }

    @Override
    public Optional<AccountView> find(String username) {
        return byUsername(username).map(Account::toView);
    }

    @Override
    public Optional<AccountStanding> standing(String username) {
        return byUsername(username).map(account -> new AccountStanding(account.isActive(), account.getRoles(),
                account.getCredentialsVersion()));
    }

    @Override
    public void changeLanguage(String language) {
        caller.name().flatMap(this::byUsername).ifPresent(account -> account.setLanguage(language));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public List<AccountView> list(int offset, int size) {
        return em.createQuery("select a from Account a order by a.username", Account.class)
                .setFirstResult(offset).setMaxResults(size)
                .getResultStream().map(Account::toView).toList();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public long count() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    @Override
    public List<AccountView> withRole(Role role, java.util.UUID organisationId) {
        var query = organisationId == null
                ? em.createQuery("select a from Account a where :role member of a.roles order by a.username", Account.class)
                : em.createQuery("select a from Account a where :role member of a.roles and a.organisationId = :organisation"
                        + " order by a.username", Account.class).setParameter("organisation", organisationId);
        return query.setParameter("role", role).setMaxResults(500)
                .getResultStream().map(Account::toView).toList();
    }

    private Optional<Account> byUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", normalise(username))
                .getResultStream().findFirst();
    }

    private static String normalise(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
