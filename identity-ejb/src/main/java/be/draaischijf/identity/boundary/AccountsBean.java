package be.draaischijf.identity.boundary;

import be.draaischijf.identity.api.AccountStanding;
import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.SecurityEvent;
import be.draaischijf.identity.control.SecurityLog;
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
    SecurityLog log;

    @Inject
    @ConfigProperty(name = "draaischijf.security.max-failed-logins", defaultValue = "5")
    int maxFailedLogins;

    @Inject
    @ConfigProperty(name = "draaischijf.security.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    Clock clock = Clock.systemUTC();

    java.util.function.BooleanSupplier demoMode = be.draaischijf.platform.RunMode::isDemo;

    private LoginThrottle throttle;

    @PostConstruct
    void init() {
        throttle = new LoginThrottle(maxFailedLogins, Duration.ofMinutes(lockoutMinutes));
    }

    @Override
    public LoginResult verifyCredentials(String username, String password) {
        return verify(username, password, true);
    }

    @Override
    public LoginResult verifyApiCredentials(String username, String password) {
        return verify(username, password, false);
    }

    private LoginResult verify(String username, String password, boolean interactive) {
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
            log.record(SecurityEvent.Kind.LOGIN_FAILED, username, SecurityEvent.UNKNOWN_ACCOUNT);
            return LoginResult.rejected();
        }
        Account account = found.get();
        if (!account.isActive()) {
            // not verified yet (or no password chosen yet): answered exactly like a wrong password
            hashing.matches(password, hashing.unknownPasswordHash());
            log.record(SecurityEvent.Kind.LOGIN_FAILED, username, SecurityEvent.NOT_ACTIVE);
            return LoginResult.rejected();
        }
        if (account.isDemo() && !demoMode.getAsBoolean()) {
            // a demo account (password "demo") in a database that was once in demo mode: never in production
            hashing.matches(password, hashing.unknownPasswordHash());
            log.record(SecurityEvent.Kind.LOGIN_FAILED, username, SecurityEvent.DEMO_ACCOUNT);
            return LoginResult.rejected();
        }
        if (throttle.refuses(account, clock.instant())) {
            log.record(SecurityEvent.Kind.LOGIN_FAILED, username, SecurityEvent.LOCKED);
            return LoginResult.throttled();
        }
        if (!hashing.matches(password, account.getPasswordHash())) {
            log.record(SecurityEvent.Kind.LOGIN_FAILED, username, SecurityEvent.WRONG_PASSWORD);
            if (throttle.recordFailure(account, clock.instant())) {
                log.record(SecurityEvent.Kind.ACCOUNT_LOCKED, username, null);
            }
            return LoginResult.rejected();
        }
        throttle.recordSuccess(account);
        if (hashing.isOutdated(account.getPasswordHash())) {
            // made with fewer iterations than today's: replaced now that the password is at hand; the account's
            // sessions stay, it is the same password
            account.upgradePasswordHash(hashing.hash(password));
        }
        if (interactive) {
            log.record(SecurityEvent.Kind.LOGIN_SUCCEEDED, username, null);
        }
        return LoginResult.accepted(account.toView());
    }

    @Override
    public Optional<AccountView> find(String username) {
        return byUsername(username).map(Account::toView);
    }

    @Override
    public Optional<AccountStanding> standing(String username) {
        return byUsername(username).map(account -> new AccountStanding(
                account.isActive() && (!account.isDemo() || demoMode.getAsBoolean()), account.getRoles(),
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

    @Override
    public List<AccountView> coordinatorsOf(java.util.UUID contactPointId) {
        return em.createQuery("select a from Account a where :role member of a.roles and a.contactPointId = :point"
                        + " and a.active = true order by a.username", Account.class)
                .setParameter("role", Role.COORDINATOR).setParameter("point", contactPointId).setMaxResults(500)
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
