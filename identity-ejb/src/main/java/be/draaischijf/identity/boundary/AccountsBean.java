package be.draaischijf.identity.boundary;

import be.draaischijf.identity.api.AccountStanding;
import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.SecurityEvent;
import be.draaischijf.identity.control.RecoveryCodes;
import be.draaischijf.identity.control.SecurityLog;
import be.draaischijf.identity.control.Totp;
import be.draaischijf.identity.entity.ApiToken;
import be.draaischijf.platform.OneTimeTokens;
import be.draaischijf.platform.metrics.Metrics;
import java.time.Instant;
import java.util.OptionalLong;
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
    RecoveryCodes recoveryCodes;

    /** Logins and lockouts on /metrics (ADR 0052); module tests build the bean without the server's. */
    @Inject
    Metrics metrics = Metrics.none();

    @Inject
    @ConfigProperty(name = "draaischijf.security.max-failed-logins", defaultValue = "5")
    int maxFailedLogins;

    @Inject
    @ConfigProperty(name = "draaischijf.security.lockout-minutes", defaultValue = "15")
    int lockoutMinutes;

    /** A search for fewer characters would list almost everyone: it finds nobody. */
    static final int SHORTEST_SEARCH = 2;

    /** What {@code like} treats as wildcards, and the character that makes them plain (in the query: escape '!'). */
    private static final java.util.regex.Pattern LIKE_WILDCARD = java.util.regex.Pattern.compile("[!%_]");

    Clock clock = Clock.systemUTC();

    java.util.function.BooleanSupplier demoMode = be.draaischijf.platform.RunMode::isDemo;

    private LoginThrottle throttle;

    @PostConstruct
    void init() {
        throttle = new LoginThrottle(maxFailedLogins, Duration.ofMinutes(lockoutMinutes));
    }

    @Override
    public LoginResult verifyCredentials(String username, String password) {
        return counted(verify(username, password, true), Metrics.LoginVia.PAGE);
    }

    @Override
    public LoginResult verifyApiCredentials(String username, String password) {
        return counted(verify(username, password, false), Metrics.LoginVia.API);
    }

    /** A password login's outcome, counted for /metrics. */
    private LoginResult counted(LoginResult result, Metrics.LoginVia via) {
        metrics.login(switch (result.outcome()) {
            case ACCEPTED -> Metrics.LoginOutcome.SUCCESS;
            case REJECTED -> Metrics.LoginOutcome.FAILURE;
            case THROTTLED -> Metrics.LoginOutcome.LOCKED;
            case SECOND_FACTOR -> Metrics.LoginOutcome.SECOND_FACTOR;
        }, via);
        return result;
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
                metrics.lockout();
            }
            return LoginResult.rejected();
        }
        if (!interactive && (account.hasTwoFactor() || account.requiresTwoFactor(demoMode.getAsBoolean()))) {
            // the password alone would bypass the second factor: such accounts call the API with a personal token
            log.record(SecurityEvent.Kind.LOGIN_FAILED, username, SecurityEvent.SECOND_FACTOR_REQUIRED);
            return LoginResult.rejected();
        }
        if (interactive && account.hasTwoFactor()) {
            // the password was right; the code must follow (the failures counted so far stay until it does)
            upgradeHash(account, password);
            return LoginResult.secondFactor(account.toView());
        }
        throttle.recordSuccess(account);
        upgradeHash(account, password);
        if (interactive) {
            log.record(SecurityEvent.Kind.LOGIN_SUCCEEDED, username, null);
        }
        return LoginResult.accepted(account.toView());
    }

    /**
     * A hash made with fewer iterations than today's is replaced now that the password is at hand; the account's
     * sessions stay, it is the same password.
     */
    private void upgradeHash(Account account, String password) {
        if (hashing.isOutdated(account.getPasswordHash())) {
            account.upgradePasswordHash(hashing.hash(password));
        }
    }

    @Override
    public LoginResult verifySecondFactor(String username, String code) {
        return counted(secondFactor(username, code), Metrics.LoginVia.PAGE);
    }

    private LoginResult secondFactor(String username, String code) {
        if (username == null || code == null || code.isBlank()) {
            return LoginResult.rejected();
        }
        Optional<Account> found = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", normalise(username)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (found.isEmpty() || !found.get().isActive() || !found.get().hasTwoFactor()
                || found.get().isDemo() && !demoMode.getAsBoolean()) {
            return LoginResult.rejected();
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (throttle.refuses(account, now)) {
            log.record(SecurityEvent.Kind.LOGIN_FAILED, username, SecurityEvent.LOCKED);
            return LoginResult.throttled();
        }
        OptionalLong step = Totp.matchingStep(account.getTotpSecret(), code, now, account.getTotpLastStep());
        if (step.isPresent()) {
            account.usedStep(step.getAsLong());
        } else if (recoveryCodes.use(account.getId(), code, now)) {
            log.record(SecurityEvent.Kind.RECOVERY_CODE_USED, username, Integer.toString(recoveryCodes.left(account.getId())));
        } else {
            log.record(SecurityEvent.Kind.LOGIN_FAILED, username, SecurityEvent.WRONG_CODE);
            if (throttle.recordFailure(account, now)) {
                log.record(SecurityEvent.Kind.ACCOUNT_LOCKED, username, null);
                metrics.lockout();
            }
            return LoginResult.rejected();
        }
        throttle.recordSuccess(account);
        log.record(SecurityEvent.Kind.LOGIN_SUCCEEDED, username, null);
        return LoginResult.accepted(account.toView());
    }

    @Override
    public LoginResult verifyApiToken(String token) {
        if (token == null || token.isBlank()) {
            return LoginResult.rejected();
        }
        Optional<ApiToken> found = em.createQuery("select t from ApiToken t where t.tokenHash = :hash and t.revokedAt is null",
                        ApiToken.class)
                .setParameter("hash", OneTimeTokens.hash(token)).getResultStream().findFirst();
        Optional<Account> account = found.map(t -> em.find(Account.class, t.getAccountId()))
                .filter(a -> a.isActive() && (!a.isDemo() || demoMode.getAsBoolean()))
                // the second factor was reset (or became required): the token waits until it is set up again
                .filter(a -> !a.mustEnrol(demoMode.getAsBoolean()));
        if (account.isEmpty()) {
            log.record(SecurityEvent.Kind.LOGIN_FAILED, null, SecurityEvent.UNKNOWN_TOKEN);
            return LoginResult.rejected();
        }
        found.get().usedAt(clock.instant());
        return LoginResult.accepted(account.get().toView());
    }

    @Override
    public Optional<AccountView> find(String username) {
        return byUsername(username).map(Account::toView);
    }

    @Override
    public Optional<AccountStanding> standing(String username) {
        boolean demo = demoMode.getAsBoolean();
        return byUsername(username).map(account -> new AccountStanding(
                account.isActive() && (!account.isDemo() || demo), account.getRoles(),
                account.getCredentialsVersion(), account.mustEnrol(demo)));
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
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public List<AccountView> search(String query, int max) {
        String text = query.strip().toLowerCase(Locale.ROOT);
        if (text.length() < SHORTEST_SEARCH) {
            return List.of();
        }
        // those who can log in: active, and a demo account only while demo mode lets it in (as verify does)
        String loggingIn = demoMode.getAsBoolean() ? "a.active = true" : "a.active = true and a.demo = false";
        return em.createQuery("select a from Account a where " + loggingIn
                        + " and (lower(a.displayName) like :text escape '!' or lower(a.email) like :text escape '!'"
                        + " or lower(a.username) like :text escape '!')"
                        + " order by lower(a.displayName), a.username", Account.class)
                .setParameter("text", "%" + LIKE_WILDCARD.matcher(text).replaceAll("!$0") + "%")
                .setMaxResults(max)
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
