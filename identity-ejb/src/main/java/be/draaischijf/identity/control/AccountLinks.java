package be.draaischijf.identity.control;

import be.draaischijf.identity.entity.Account;
import be.draaischijf.identity.entity.AccountToken;
import be.draaischijf.identity.entity.AccountToken.Purpose;
import be.draaischijf.platform.OneTimeTokens;
import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.platform.mail.Outbox;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one-time links mailed about accounts (confirm an address, choose a password) and the invitations that send
 * them, shared by the sign-up and the staff administration. A link's token is mailed once; only its SHA-256 hash is
 * kept. Works in the calling bean's transaction: the mails go into the outbox with it.
 */
@Dependent
public class AccountLinks {

    private static final Logger LOG = Logger.getLogger(AccountLinks.class.getName());

    public static final Duration VERIFY_EMAIL_VALID = Duration.ofHours(24);
    public static final Duration INVITATION_VALID = Duration.ofDays(7);
    public static final Duration RESET_VALID = Duration.ofHours(1);
    /** At most one mail of a kind per account in this time, so the forms cannot flood someone's mailbox. */
    public static final Duration MAIL_INTERVAL = Duration.ofMinutes(1);
    /** The reasons a link cannot be used any more (for a client, beside the text). */
    public static final String USED = "USED";
    public static final String EXPIRED = "EXPIRED";

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "draaischijf.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    Outbox outbox;

    public AccountLinks() {
    }

    /** As the module tests build it, by hand. */
    public AccountLinks(EntityManager em, String baseUrl, Outbox outbox) {
        this.em = em;
        this.baseUrl = baseUrl;
        this.outbox = outbox;
    }

    /**
     * An account waiting for its owner at this address, who chooses the password through the mailed invitation
     * (valid 7 days). An account that was only signed up for with this address and never confirmed (possibly by
     * someone else than the address's owner) gives way: {@code takeOver} gives it the invitation's details, and the
     * links mailed for it stop working. Any other account with this address is refused.
     *
     * @param create    the new account, when the address has none
     * @param takeOver  what the invitation changes on an account that was only signed up for
     * @param unknownPassword the hash of a password nobody knows, until the owner chooses one
     */
    public Account invite(String email, java.util.function.Supplier<Account> create, Consumer<Account> takeOver,
                          String unknownPassword, Instant now) {
        Optional<Account> existing = byEmailOrUsername(email);
        if (existing.isPresent() && !onlySignedUpFor(existing.get())) {
            throw new Invalid(FieldError.of("email", "identity.email.in-use"));
        }
        Account account;
        if (existing.isPresent()) {
            account = existing.get();
            takeOver.accept(account);
            account.setPasswordHash(unknownPassword);
            em.createQuery("delete from AccountToken t where t.account = :account").setParameter("account", account)
                    .executeUpdate();
        } else {
            account = create.get();
            em.persist(account);
        }
        mailInvitation(account, now);
        return account;
    }

    /** A new invitation link for a pending account; the earlier ones stop working. Empty when one went out just now. */
    public Optional<String> mailInvitation(Account account, Instant now) {
        Optional<String> token = issue(account, Purpose.SET_PASSWORD, INVITATION_VALID, now);
        token.ifPresent(link -> {
            em.createQuery("update AccountToken t set t.usedAt = :now where t.account = :account"
                            + " and t.tokenHash <> :kept and t.usedAt is null")
                    .setParameter("now", now).setParameter("account", account).setParameter("kept", OneTimeTokens.hash(link))
                    .executeUpdate();
            send(mails().invitation(account.getEmail(), account.getDisplayName(), account.getUsername(), link));
        });
        return token;
    }

    /** A new token for the account, unless one of this kind went out less than {@link #MAIL_INTERVAL} ago. */
    public Optional<String> issue(Account account, Purpose purpose, Duration validity, Instant now) {
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

    /** The link of this token, if it is of this kind and can still be used; locked as asked. */
    public AccountToken valid(String token, Purpose purpose, LockModeType lock, Instant now) {
        AccountToken found = em.find(AccountToken.class, OneTimeTokens.hash(token), lock);
        if (found == null || found.getPurpose() != purpose) {
            throw new NotFound("identity.link.unknown");
        }
        if (found.getUsedAt() != null) {
            throw NotAllowedNow.because(USED, "identity.link.used");
        }
        if (!now.isBefore(found.getExpiresAt())) {
            throw NotAllowedNow.because(EXPIRED, "identity.link.expired");
        }
        return found;
    }

    /** Every unused link of these kinds stops working. */
    public void endLinks(Account account, Instant now, Purpose... purposes) {
        em.createQuery("update AccountToken t set t.usedAt = :now where t.account = :account"
                        + " and t.purpose in :purposes and t.usedAt is null")
                .setParameter("now", now).setParameter("account", account).setParameter("purposes", List.of(purposes))
                .executeUpdate();
    }

    /** Signed up for through the public form and never confirmed: an invitation for the address may take it over. */
    boolean onlySignedUpFor(Account account) {
        return account.isPending() && em.createQuery("select count(t) from AccountToken t where t.account = :account"
                        + " and t.purpose = :purpose", Long.class)
                .setParameter("account", account).setParameter("purpose", Purpose.VERIFY_EMAIL).getSingleResult() > 0;
    }

    public Optional<Account> byEmailOrUsername(String email) {
        return em.createQuery("select a from Account a where a.email = :e or a.username = :e order by a.username", Account.class)
                .setParameter("e", email).setMaxResults(1).getResultStream().findFirst();
    }

    /** In the outbox with this transaction: sent once it commits, tried again while the mail server is away. */
    public void send(Mailer.Mail mail) {
        outbox.queue("identity", mail);
    }

    public AccountMails mails() {
        return new AccountMails(baseUrl);
    }

    public static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
