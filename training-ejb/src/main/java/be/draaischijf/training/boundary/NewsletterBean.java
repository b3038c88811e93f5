package be.draaischijf.training.boundary;

import be.draaischijf.partner.api.Accounts;
import be.draaischijf.platform.Mailer;
import be.draaischijf.platform.OneTimeTokens;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.training.api.Newsletter;
import be.draaischijf.training.api.SubscriberRow;
import be.draaischijf.training.api.UnknownToken;
import be.draaischijf.training.control.TrainingMails;
import be.draaischijf.training.entity.NewsletterSubscriber;
import be.draaischijf.training.entity.NewsletterToken;
import be.draaischijf.training.entity.Registration;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The newsletter list with double opt-in; every answer to a sign-up is the same (no enumeration). */
@Stateless
@Interceptors(ParameterValidation.class)
public class NewsletterBean implements Newsletter {

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "draaischijf.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Resource
    TransactionSynchronizationRegistry registry;

    /** The mail server from MicroProfile Config; tests put one of their own here. */
    Mailer mailer;

    /** Outside the server (tests): how mails are sent after commit; null = the JTA registry. */
    Consumer<Runnable> afterCommit;

    Clock clock = Clock.systemUTC();

    @Override
    public void subscribe(String email, boolean consent) {
        Instant now = clock.instant();
        String address = Registration.normalised(email);
        NewsletterSubscriber subscriber = em.createQuery("select s from NewsletterSubscriber s where s.email = :email",
                        NewsletterSubscriber.class)
                .setParameter("email", address).getResultStream().findFirst().orElse(null);
        TrainingMails mails = new TrainingMails(baseUrl);
        Mailer.Mail mail;
        if (subscriber == null) {
            subscriber = new NewsletterSubscriber(address, now);
            em.persist(subscriber);
            em.flush();
            mail = mails.newsletterConfirm(address, token(subscriber, NewsletterToken.CONFIRM, now),
                    token(subscriber, NewsletterToken.UNSUBSCRIBE, now));
        } else if (subscriber.isConfirmed()) {
            mail = mails.newsletterAlreadySubscribed(address, token(subscriber, NewsletterToken.UNSUBSCRIBE, now));
        } else {
            subscriber.requestedAgain(now);
            mail = mails.newsletterConfirm(address, token(subscriber, NewsletterToken.CONFIRM, now),
                    token(subscriber, NewsletterToken.UNSUBSCRIBE, now));
        }
        TrainingRecords.mailAfterCommit(registry, afterCommit, mailer, List.of(mail));
    }

    @Override
    public void confirm(String token) {
        subscriberFor(token, NewsletterToken.CONFIRM).confirm(clock.instant());
    }

    @Override
    public void unsubscribe(String token) {
        subscriberFor(token, NewsletterToken.UNSUBSCRIBE).unsubscribe(clock.instant());
    }

    @Override
    public List<SubscriberRow> confirmedSubscribers(String actor) {
        TrainingRecords.coordinator(accounts, actor);
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

    private NewsletterSubscriber subscriberFor(String token, String purpose) {
        return em.createQuery("select s from NewsletterToken t, NewsletterSubscriber s where t.subscriberId = s.id"
                        + " and t.tokenHash = :hash and t.purpose = :purpose", NewsletterSubscriber.class)
                .setParameter("hash", OneTimeTokens.hash(token)).setParameter("purpose", purpose)
                .getResultStream().findFirst()
                .orElseThrow(() -> new UnknownToken("deze link is niet (meer) geldig"));
    }

    private String token(NewsletterSubscriber subscriber, String purpose, Instant now) {
        String token = OneTimeTokens.newToken();
        em.persist(new NewsletterToken(OneTimeTokens.hash(token), subscriber.getId(), purpose, now));
        return token;
    }
}
