package be.draaischijf.identity.boundary;

import be.draaischijf.identity.api.AccountSignUp;
import be.draaischijf.identity.api.Invitation;
import be.draaischijf.identity.api.ProfessionalAccount;
import be.draaischijf.identity.api.Role;
import be.draaischijf.identity.api.Roles;
import be.draaischijf.identity.api.SignUp;
import be.draaischijf.identity.control.AccountMails;
import be.draaischijf.identity.entity.Account;
import be.draaischijf.identity.entity.AccountToken.Purpose;
import be.draaischijf.identity.entity.AccountToken;
import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.platform.mail.Outbox;
import be.draaischijf.platform.OneTimeTokens;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
@PermitAll
@Interceptors(ParameterValidation.class)
public class AccountSignUpBean implements AccountSignUp {

    private static final Logger LOG = Logger.getLogger(AccountSignUpBean.class.getName());

    static final Duration VERIFY_EMAIL_VALID = Duration.ofHours(24);
    static final Duration INVITATION_VALID = Duration.ofDays(7);
    static final Duration RESET_VALID = Duration.ofHours(1);
    /** At most one mail of a kind per account in this time, so the forms cannot flood someone's mailbox. */
    static final Duration MAIL_INTERVAL = Duration.ofMinutes(1);
    /** The reasons a link cannot be used any more (for a client, beside the text). */
    static final String USED = "USED";
    static final String EXPIRED = "EXPIRED";

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    @ConfigProperty(name = "draaischijf.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    Outbox outbox;

    Clock clock = Clock.systemUTC();

    @Override
    public void signUp(SignUp signUp) {
        String email = normalise(signUp.email());
        // nobody knows this password: the owner of the address chooses one when confirming it. Hashed whether or not
        // the address is new, so that the answer takes as long either way
        String unknownPassword = hashing.hash(OneTimeTokens.newToken());
        Instant now = clock.instant();
        Optional<Account> existing = byEmailOrUsername(email);
        if (existing.isPresent()) {
            Account account = existing.get();
            if (account.getEmail() == null) {
                return;
            }
            issue(account, Purpose.SET_PASSWORD, RESET_VALID, now).ifPresent(token -> send(
                    mails().alreadyRegistered(account.getEmail(), account.getUsername(), token)));
            return;
        }
        Account account = Account.pendingProfessional(email, signUp.displayName(), unknownPassword,
                signUp.organisationName(), signUp.jobTitle(), signUp.language(), now);
        em.persist(account);
        issue(account, Purpose.VERIFY_EMAIL, VERIFY_EMAIL_VALID, now).ifPresent(token -> send(mails().verify(email, token)));
    }

    @Override
    public String verifyEmail(String token, String newPassword) {
        return choosePassword(valid(token, Purpose.VERIFY_EMAIL, LockModeType.PESSIMISTIC_WRITE), newPassword);
    }

    @Override
    public void checkVerificationToken(String token) {
        valid(token, Purpose.VERIFY_EMAIL, LockModeType.NONE);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public ProfessionalAccount invite(Invitation invitation) {
        String email = normalise(invitation.email());
        Optional<Account> existing = byEmailOrUsername(email);
        if (existing.isPresent() && !onlySignedUpFor(existing.get())) {
            throw new Invalid(FieldError.of("email", "identity.email.in-use"));
        }
        Instant now = clock.instant();
        Account account;
        if (existing.isPresent()) {
            // signed up for but never confirmed (possibly by someone else than the address's owner): the invitation
            // takes it over, and the links mailed for it are gone
            account = existing.get();
            account.invitedAs(invitation.displayName(), invitation.organisationName(), invitation.jobTitle(),
                    invitation.language());
            account.setPasswordHash(hashing.hash(OneTimeTokens.newToken()));
            em.createQuery("delete from AccountToken t where t.account = :account").setParameter("account", account)
                    .executeUpdate();
        } else {
            // nobody knows this password: the professional chooses one through the mailed link
            account = Account.pendingProfessional(email, invitation.displayName(), hashing.hash(OneTimeTokens.newToken()),
                    invitation.organisationName(), invitation.jobTitle(), invitation.language(), now);
            em.persist(account);
        }
        issue(account, Purpose.SET_PASSWORD, INVITATION_VALID, now)
                .ifPresent(token -> send(mails().invitation(email, account.getDisplayName(), account.getUsername(), token)));
        return account.toProfessional();
    }

    @Override
    public void requestPasswordReset(String email) {
        byEmailOrUsername(normalise(email)).filter(account -> account.getEmail() != null)
                .ifPresent(account -> issue(account, Purpose.SET_PASSWORD, RESET_VALID, clock.instant())
                        .ifPresent(token -> send(mails().passwordReset(account.getEmail(), account.getDisplayName(),
                                account.getUsername(), token))));
    }

    @Override
    public void checkPasswordToken(String token) {
        valid(token, Purpose.SET_PASSWORD, LockModeType.NONE);
    }

    @Override
    public String setPassword(String token, String newPassword) {
        return choosePassword(valid(token, Purpose.SET_PASSWORD, LockModeType.PESSIMISTIC_WRITE), newPassword);
    }

    /**
     * Uses the link and sets the password; the link also proves the address, so an account that was waiting for
     * that may log in from then on. Every other link of the account stops working; sessions with the old password
     * end at their next request.
     */
    private String choosePassword(AccountToken used, String newPassword) {
        Account account = used.getAccount();
        if (account.getEmail() != null) {
            refuseEmailAsPassword(newPassword, account.getEmail(), "newPassword");
        }
        if (newPassword.equalsIgnoreCase(account.getUsername())) {
            throw new Invalid(FieldError.of("newPassword", "identity.password.is-username"));
        }
        Instant now = clock.instant();
        used.use(now);
        account.setPasswordHash(hashing.hash(newPassword));
        account.verified(now);
        endLinks(account, now, Purpose.VERIFY_EMAIL, Purpose.SET_PASSWORD);
        return account.getUsername();
    }

    /** Signed up for through the public form and never confirmed: an invitation for the address may take it over. */
    private boolean onlySignedUpFor(Account account) {
        return account.isPending() && em.createQuery("select count(t) from AccountToken t where t.account = :account"
                        + " and t.purpose = :purpose", Long.class)
                .setParameter("account", account).setParameter("purpose", Purpose.VERIFY_EMAIL).getSingleResult() > 0;
    }

    private void endLinks(Account account, Instant now, Purpose... purposes) {
        em.createQuery("update AccountToken t set t.usedAt = :now where t.account = :account"
                        + " and t.purpose in :purposes and t.usedAt is null")
                .setParameter("now", now).setParameter("account", account).setParameter("purposes", List.of(purposes))
                .executeUpdate();
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

    /** A new token for the account, unless one of this kind went out less than {@link #MAIL_INTERVAL} ago. */
    private Optional<String> issue(Account account, Purpose purpose, Duration validity, Instant now) {
        boolean recent = !em.createQuery("select t.tokenHash from AccountToken t where t.account = :account"
                        + " and t.purpose = :purpose and t.usedAt is null and t.createdAt > :since", String.class)
                .setParameter("account", account).setParameter("purpose", purpose)
                .setParameter("since", now.minus(MAIL_INTERVAL)).setMaxResults(1).getResultList().isEmpty();
        if (recent) {
            LOG.info(() -> "A " + purpose + " mail went out less than a minute ago; not sending another");
            return Optional.empty();
        }
        String token = OneTimeTokens.newToken();
        em.persist(new AccountToken(OneTimeTokens.hash(token), purpose, account, now, now.plus(validity)));
        return Optional.of(token);
    }

    private AccountToken valid(String token, Purpose purpose, LockModeType lock) {
        AccountToken found = em.find(AccountToken.class, OneTimeTokens.hash(token), lock);
        if (found == null || found.getPurpose() != purpose) {
            throw new NotFound("identity.link.unknown");
        }
        if (found.getUsedAt() != null) {
            throw NotAllowedNow.because(USED, "identity.link.used");
        }
        if (!clock.instant().isBefore(found.getExpiresAt())) {
            throw NotAllowedNow.because(EXPIRED, "identity.link.expired");
        }
        return found;
    }

    private Optional<Account> byEmailOrUsername(String email) {
        return em.createQuery("select a from Account a where a.email = :e or a.username = :e order by a.username", Account.class)
                .setParameter("e", email).setMaxResults(1).getResultStream().findFirst();
    }

    private static void refuseEmailAsPassword(String password, String email, String field) {
        if (password != null && password.strip().equalsIgnoreCase(email)) {
            throw new Invalid(FieldError.of(field, "identity.password.is-email"));
        }
    }

    /** In the outbox with this transaction: sent once it commits, tried again while the mail server is away. */
    private void send(Mailer.Mail mail) {
        outbox.queue("identity", mail);
    }

    private AccountMails mails() {
        return new AccountMails(baseUrl);
    }

    private static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
