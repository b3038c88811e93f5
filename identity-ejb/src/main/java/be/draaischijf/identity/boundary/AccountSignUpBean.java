package be.draaischijf.identity.boundary;

import be.draaischijf.identity.api.SecurityEvent;
import be.draaischijf.identity.control.SecurityLog;
import static be.draaischijf.identity.control.AccountLinks.RESET_VALID;
import static be.draaischijf.identity.control.AccountLinks.VERIFY_EMAIL_VALID;
import static be.draaischijf.identity.control.AccountLinks.normalise;

import be.draaischijf.identity.api.AccountSignUp;
import be.draaischijf.identity.api.Invitation;
import be.draaischijf.identity.api.ProfessionalAccount;
import be.draaischijf.identity.api.Role;
import be.draaischijf.identity.api.Roles;
import be.draaischijf.identity.api.SignUp;
import be.draaischijf.identity.control.AccountLinks;
import be.draaischijf.identity.entity.Account;
import be.draaischijf.identity.entity.AccountToken.Purpose;
import be.draaischijf.identity.entity.AccountToken;
import be.draaischijf.platform.OneTimeTokens;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.security.Caller;
import jakarta.annotation.security.PermitAll;
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
import java.util.Optional;

@Stateless
@PermitAll
@Interceptors(ParameterValidation.class)
public class AccountSignUpBean implements AccountSignUp {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    AccountLinks links;

    @Inject
    SecurityLog log;

    @Inject
    Caller caller;

    Clock clock = Clock.systemUTC();

    @Override
    public void signUp(SignUp signUp) {
        String email = normalise(signUp.email());
        // nobody knows this password: the owner of the address chooses one when confirming it. Hashed whether or not
        // the address is new, so that the answer takes as long either way
        String unknownPassword = hashing.hash(OneTimeTokens.newToken());
        Instant now = clock.instant();
        log.record(SecurityEvent.Kind.SIGNED_UP, email, null);
        Optional<Account> existing = links.byEmailOrUsername(email);
        if (existing.isPresent()) {
            Account account = existing.get();
            if (account.getEmail() == null) {
                return;
            }
            links.issue(account, Purpose.SET_PASSWORD, RESET_VALID, now).ifPresent(token -> links.send(
                    links.mails().alreadyRegistered(account.getEmail(), account.getUsername(), token)));
            return;
        }
        Account account = Account.pendingProfessional(email, signUp.displayName(), unknownPassword,
                signUp.organisationName(), signUp.jobTitle(), signUp.language(), now);
        em.persist(account);
        links.issue(account, Purpose.VERIFY_EMAIL, VERIFY_EMAIL_VALID, now)
                .ifPresent(token -> links.send(links.mails().verify(email, token)));
    }

    @Override
    public String verifyEmail(String token, String newPassword) {
        return choosePassword(links.valid(token, Purpose.VERIFY_EMAIL, LockModeType.PESSIMISTIC_WRITE, clock.instant()),
                newPassword);
    }

    @Override
    public void checkVerificationToken(String token) {
        links.valid(token, Purpose.VERIFY_EMAIL, LockModeType.NONE, clock.instant());
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public ProfessionalAccount invite(Invitation invitation) {
        String email = normalise(invitation.email());
        Instant now = clock.instant();
        // nobody knows this password: the professional chooses one through the mailed link
        String unknownPassword = hashing.hash(OneTimeTokens.newToken());
        log.record(SecurityEvent.Kind.INVITED, email, Role.PROFESSIONAL.name());
        return links.invite(email,
                () -> Account.pendingProfessional(email, invitation.displayName(), unknownPassword,
                        invitation.organisationName(), invitation.jobTitle(), invitation.language(), now),
                account -> account.invitedAs(invitation.displayName(), invitation.organisationName(),
                        invitation.jobTitle(), invitation.language()),
                unknownPassword, now).toProfessional();
    }

    @Override
    public void requestPasswordReset(String email) {
        log.record(SecurityEvent.Kind.PASSWORD_RESET_REQUESTED, email, null);
        links.byEmailOrUsername(normalise(email)).filter(account -> account.getEmail() != null)
                .ifPresent(account -> links.issue(account, Purpose.SET_PASSWORD, RESET_VALID, clock.instant())
                        .ifPresent(token -> links.send(links.mails().passwordReset(account.getEmail(),
                                account.getDisplayName(), account.getUsername(), token))));
    }

    @Override
    public void checkPasswordToken(String token) {
        links.valid(token, Purpose.SET_PASSWORD, LockModeType.NONE, clock.instant());
    }

    @Override
    public String setPassword(String token, String newPassword) {
        return choosePassword(links.valid(token, Purpose.SET_PASSWORD, LockModeType.PESSIMISTIC_WRITE, clock.instant()),
                newPassword);
    }

    /**
     * Uses the link and sets the password; the link also proves the address, so an account that was waiting for
     * that may log in from then on. Every other link of the account stops working; sessions with the old password
     * end at their next request, and so do the account's API tokens (a new password is what a person does when they
     * fear someone else has the old one: whatever was made with it ends too, ADR 0031).
     */
    private String choosePassword(AccountToken used, String newPassword) {
        Account account = used.getAccount();
        if (account.getEmail() != null && newPassword.strip().equalsIgnoreCase(account.getEmail())) {
            throw new Invalid(FieldError.of("newPassword", "identity.password.is-email"));
        }
        if (newPassword.equalsIgnoreCase(account.getUsername())) {
            throw new Invalid(FieldError.of("newPassword", "identity.password.is-username"));
        }
        Instant now = clock.instant();
        used.use(now);
        account.setPasswordHash(hashing.hash(newPassword));
        account.verified(now);
        links.endLinks(account, now, Purpose.VERIFY_EMAIL, Purpose.SET_PASSWORD);
        log.record(SecurityEvent.Kind.PASSWORD_CHANGED, account.getUsername(), null);
        int revoked = em.createQuery("update ApiToken t set t.revokedAt = :now where t.accountId = :account and t.revokedAt is null")
                .setParameter("now", now).setParameter("account", account.getId()).executeUpdate();
        if (revoked > 0) {
            log.record(SecurityEvent.Kind.API_TOKEN_REVOKED, account.getUsername(), Integer.toString(revoked));
        }
        return account.getUsername();
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<ProfessionalAccount> professionals(int offset, int size) {
        return em.createQuery("select a from Account a where :role member of a.roles order by lower(a.displayName), a.username", Account.class)
                .setParameter("role", Role.PROFESSIONAL).setFirstResult(offset).setMaxResults(size)
                .getResultStream().map(Account::toProfessional).toList();
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public long countProfessionals() {
        return em.createQuery("select count(a) from Account a where :role member of a.roles", Long.class)
                .setParameter("role", Role.PROFESSIONAL).getSingleResult();
    }

    @Override
    @RolesAllowed(Roles.PROFESSIONAL)
    public Optional<ProfessionalAccount> myProfessionalAccount() {
        return caller.name().flatMap(name -> em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", normalise(name))
                .getResultStream().findFirst())
                .map(Account::toProfessional);
    }
}
