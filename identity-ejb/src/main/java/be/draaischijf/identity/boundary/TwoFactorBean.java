package be.draaischijf.identity.boundary;

import be.draaischijf.identity.api.Roles;
import be.draaischijf.identity.api.SecurityEvent;
import be.draaischijf.identity.api.TwoFactor;
import be.draaischijf.identity.api.TwoFactorSetup;
import be.draaischijf.identity.api.TwoFactorStatus;
import be.draaischijf.identity.control.RecoveryCodes;
import be.draaischijf.identity.control.SecurityLog;
import be.draaischijf.identity.control.Totp;
import be.draaischijf.identity.entity.Account;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.PARTNER, Roles.PROFESSIONAL})
@Interceptors(ParameterValidation.class)
public class TwoFactorBean implements TwoFactor {

    /** Why a second factor cannot be switched off. */
    public static final String REQUIRED = "REQUIRED";

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    RecoveryCodes recoveryCodes;

    @Inject
    SecurityLog log;

    Clock clock = Clock.systemUTC();

    java.util.function.BooleanSupplier demoMode = be.draaischijf.platform.RunMode::isDemo;

    @Override
    public TwoFactorStatus status() {
        Account account = me(LockModeType.NONE);
        return new TwoFactorStatus(account.hasTwoFactor(), account.getTotpSince(),
                account.requiresTwoFactor(demoMode.getAsBoolean()),
                account.hasTwoFactor() ? recoveryCodes.left(account.getId()) : 0);
    }

    @Override
    public TwoFactorSetup begin() {
        Account account = me(LockModeType.NONE);
        String secret = Totp.newSecret();
        return new TwoFactorSetup(secret, Totp.uri(secret, account.getUsername()));
    }

    @Override
    public List<String> enable(String secret, String code) {
        String normalised = secret.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
        if (!normalised.matches("[A-Z2-7]{32}")) {
            throw new Invalid(FieldError.of("secret", "identity.two-factor.secret"));
        }
        Account account = me(LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(normalised, code, now, null);
        if (step.isEmpty()) {
            throw new Invalid(FieldError.of("code", "identity.two-factor.code.wrong"));
        }
        account.enableTwoFactor(normalised, step.getAsLong(), now);
        log.record(SecurityEvent.Kind.TWO_FACTOR_ENABLED, account.getUsername(), null);
        return recoveryCodes.renew(account.getId());
    }

    @Override
    public void disable(String code) {
        Account account = me(LockModeType.PESSIMISTIC_WRITE);
        if (!account.hasTwoFactor()) {
            return;
        }
        if (account.requiresTwoFactor(demoMode.getAsBoolean())) {
            throw NotAllowedNow.because(REQUIRED, "identity.two-factor.required");
        }
        OptionalLong step = Totp.matchingStep(account.getTotpSecret(), code, clock.instant(), account.getTotpLastStep());
        if (step.isEmpty()) {
            throw new Invalid(FieldError.of("code", "identity.two-factor.code.wrong"));
        }
        account.disableTwoFactor();
        recoveryCodes.remove(account.getId());
        log.record(SecurityEvent.Kind.TWO_FACTOR_DISABLED, account.getUsername(), null);
    }

    private Account me(LockModeType lock) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", caller.requireName()).setLockMode(lock).getSingleResult();
    }
}
