package be.draaischijf.training.boundary;

import be.draaischijf.training.control.TrainingRecords;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.identity.api.Roles;
import be.draaischijf.platform.mail.Outbox;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.platform.OneTimeTokens;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.training.api.Newsletter;
import be.draaischijf.training.api.SubscriberRow;
import be.draaischijf.training.control.TrainingMails;
import be.draaischijf.training.entity.NewsletterSubscriber;
import be.draaischijf.training.entity.NewsletterToken;
import be.draaischijf.training.entity.Registration;
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
import java.util.UUID;

/** The newsletter list with double opt-in; every answer to a sign-up is the same (no enumeration). */
@Stateless
@PermitAll
@Interceptors(ParameterValidation.class)
public class NewsletterBean implements Newsletter {

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Inject
    TrainingRecords records;

    @Inject
    Outbox outbox;

    Clock clock = Clock.systemUTC();

    /** A confirmation link works this long. */
    static final Duration CONFIRM_VALID = Duration.ofDays(7);

    @Override
    public void subscribe(String email, boolean consent) {
        Instant now = clock.instant();
        String address = Registration.normalised(email);
        // insert-if-absent, then lock the row: two sign-ups of one address at the same moment both end well
        // (the second waits for the first, then finds the row), and never as a unique-key violation
        int created = em.createNativeQuery("insert into newsletter_subscriber (id, email, status, consent_at, requested_at, version)"
                        + " values (?1, ?2, 'PENDING', ?3, ?3, 0) on conflict do nothing")
                .setParameter(1, UUID.randomUUID()).setParameter(2, address).setParameter(3, now).executeUpdate();
        NewsletterSubscriber subscriber = records.withinLockTimeout(TrainingRecords.LOCK_TIMEOUT, () -> em.createQuery(
                        "select s from NewsletterSubscriber s where s.email = :email", NewsletterSubscriber.class)
                .setParameter("email", address).setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult());
        TrainingMails mails = records.mails();
        Mailer.Mail mail;
        if (created == 0 && subscriber.isConfirmed()) {
            mail = mails.newsletterAlreadySubscribed(address, token(subscriber, NewsletterToken.UNSUBSCRIBE, now));
        } else {
            if (created == 0) {
                subscriber.requestedAgain(now);
            }
            mail = mails.newsletterConfirm(address, token(subscriber, NewsletterToken.CONFIRM, now),
                    token(subscriber, NewsletterToken.UNSUBSCRIBE, now));
        }
        outbox.queue("training", List.of(mail));
    }

    @Override
    public void confirm(String token) {
        Instant now = clock.instant();
        NewsletterToken link = tokenFor(token, NewsletterToken.CONFIRM);
        NewsletterSubscriber subscriber = locked(link.getSubscriberId());
        if (subscriber.isConfirmed()) {
            return; // the link followed twice
        }
        if (link.getCreatedAt().plus(CONFIRM_VALID).isBefore(now)
                || NewsletterSubscriber.UNSUBSCRIBED.equals(subscriber.getStatus())) {
            // an old link never brings back an address that left the list: signing up again sends a new one
            throw new NotFound("training.link.unknown");
        }
        subscriber.confirm(now);
    }

    @Override
    public void unsubscribe(String token) {
        NewsletterSubscriber subscriber = locked(tokenFor(token, NewsletterToken.UNSUBSCRIBE).getSubscriberId());
        subscriber.unsubscribe(clock.instant());
        dropConfirmLinks(subscriber.getId());
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<SubscriberRow> confirmedSubscribers() {
        records.coordinator();
        return em.createQuery("select s from NewsletterSubscriber s where s.status = :confirmed order by s.confirmedAt, s.email",
                        NewsletterSubscriber.class)
                .setParameter("confirmed", NewsletterSubscriber.CONFIRMED)
                .getResultStream().map(NewsletterSubscriber::toRow).toList();
    }

    @Override
    public long countConfirmed() {
        return em.createQuery("select count(s) from NewsletterSubscriber s where s.status = :confirmed", Long.class)
                .setParameter("confirmed", NewsletterSubscriber.CONFIRMED).getSingleResult();
    }

    private NewsletterSubscriber locked(UUID id) {
        return records.withinLockTimeout(TrainingRecords.LOCK_TIMEOUT,
                () -> em.find(NewsletterSubscriber.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private NewsletterToken tokenFor(String token, String purpose) {
        return em.createQuery("select t from NewsletterToken t where t.tokenHash = :hash and t.purpose = :purpose",
                        NewsletterToken.class)
                .setParameter("hash", OneTimeTokens.hash(token)).setParameter("purpose", purpose)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("training.link.unknown"));
    }

    /** After leaving the list none of the earlier confirmation links works (checked in confirm as well). */
    private void dropConfirmLinks(UUID subscriberId) {
        em.createQuery("delete from NewsletterToken t where t.subscriberId = :subscriber and t.purpose = :confirm")
                .setParameter("subscriber", subscriberId).setParameter("confirm", NewsletterToken.CONFIRM).executeUpdate();
    }

    private String token(NewsletterSubscriber subscriber, String purpose, Instant now) {
        String token = OneTimeTokens.newToken();
        em.persist(new NewsletterToken(OneTimeTokens.hash(token), subscriber.getId(), purpose, now));
        return token;
    }
}
