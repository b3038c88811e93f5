package be.draaischijf.training.boundary;

import be.draaischijf.platform.Mailer;
import be.draaischijf.training.entity.QueuedMail;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The training module's outbox (ADR 0019). A mail is written in the transaction of the change it reports,
 * so it exists exactly when that change does; right after the commit the server that wrote it hands it to a
 * managed thread and sends it, so nobody waits for the mail server and no SMTP conversation happens while a
 * session row is locked. A new row is due for the timer only after {@link #LEASE}: until then it belongs to
 * the server that wrote it, which sends it from memory and deletes it (one short transaction per mail). What
 * the mail server did not take, or what a server that stopped did not send, the timer ({@link #deliverDue()})
 * tries again with a growing pause, up to {@link #MAX_ATTEMPTS} times, claiming each row first (a lease), so
 * several servers never send the same mail at the same time. A server that dies between sending and deleting
 * causes one repeat after the lease.
 */
@Stateless
public class TrainingMailOutbox {

    private static final Logger LOG = Logger.getLogger(TrainingMailOutbox.class.getName());

    static final int MAX_ATTEMPTS = 10;
    static final Duration LEASE = Duration.ofMinutes(5);
    /** A fresh mail is sent from memory only this long after its commit; later the timer has it (see LEASE). */
    static final Duration FRESH = LEASE.minus(Duration.ofMinutes(1));
    /** How many due mails one run of the timer takes on. */
    static final int BATCH = 200;

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry registry;

    @Resource
    ManagedExecutorService executor;

    @Resource
    SessionContext context;

    /** The mail server; null = from MicroProfile Config at each send. Tests put one of their own here. */
    Mailer mailer;

    Clock clock = Clock.systemUTC();

    /** Outside the server (tests): what runs after the commit instead of the JTA registry and the executor. */
    Consumer<Runnable> afterCommit;

    /** Outside the server (tests): a new transaction, instead of this bean's own REQUIRES_NEW method. */
    Function<Function<EntityManager, ?>, ?> newTransaction;

    /** Queues the mails in the caller's transaction; once it commits they are sent (a rollback sends nothing). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queue(List<Mailer.Mail> mails) {
        if (mails.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<UUID, Mailer.Mail> fresh = new LinkedHashMap<>();
        for (Mailer.Mail mail : mails) {
            QueuedMail queued = new QueuedMail(mail, now, now.plus(LEASE));
            em.persist(queued);
            fresh.put(queued.getId(), mail);
        }
        if (afterCommit != null) {
            afterCommit.accept(() -> deliverFresh(fresh, now));
            return;
        }
        TrainingMailOutbox self = context.getBusinessObject(TrainingMailOutbox.class);
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    executor.execute(() -> {
                        try {
                            self.deliverFresh(fresh, now);
                        } catch (RuntimeException e) {
                            // the rows stay in the outbox: the timer sends them
                            LOG.log(Level.WARNING, "Sending " + fresh.size() + " queued mail(s) failed; the timer tries again", e);
                        }
                    });
                } catch (RejectedExecutionException e) {
                    LOG.warning(() -> fresh.size() + " mail(s) queued; the timer sends them: " + e.getMessage());
                }
            }
        });
    }

    /**
     * Sends mails this server queued at {@code queuedAt}, from memory, and deletes each row once the mail server
     * took it. At the first refusal, or when a slow mail server or a long queue of such tasks brings it near the
     * end of the lease (after which the timer may take the rows), the rest are made due for the timer at once and
     * this stops: so a mail is never sent from memory and by the timer both.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int deliverFresh(Map<UUID, Mailer.Mail> fresh, Instant queuedAt) {
        Instant sendUntil = queuedAt.plus(FRESH);
        List<UUID> ids = List.copyOf(fresh.keySet());
        for (int i = 0; i < ids.size(); i++) {
            if (!clock.instant().isBefore(sendUntil)) {
                List<UUID> left = ids.subList(i, ids.size());
                inNew(em -> dueNow(em, left, clock.instant()));
                LOG.warning(() -> left.size() + " queued mail(s) left to the timer: sending them took too long");
                return i;
            }
            if (!sent(ids.get(i), fresh.get(ids.get(i)), true, ids.subList(i + 1, ids.size()))) {
                return i;
            }
        }
        return ids.size();
    }

    /** Sends the mails that are due (new ones whose first send did not happen, and retries); the timer runs it. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int deliverDue() {
        Instant now = clock.instant();
        List<UUID> due = inNew(em -> em.createQuery("select m.id from QueuedMail m where m.failedAt is null"
                        + " and m.nextAttemptAt <= :now and (m.claimedUntil is null or m.claimedUntil < :now)"
                        + " order by m.nextAttemptAt", UUID.class)
                .setParameter("now", now).setMaxResults(BATCH).getResultList());
        return deliverNow(due);
    }

    /** The work in a transaction of its own (REQUIRES_NEW), committed when it returns. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public <T> T inNewTransaction(Function<EntityManager, T> work) {
        return work.apply(em);
    }

    /**
     * Claims, sends and records each mail, each step in a short transaction of its own. Stops at the first
     * mail the server does not take (it is probably away): the rest wait for the timer.
     */
    int deliverNow(List<UUID> ids) {
        int sent = 0;
        for (UUID id : ids) {
            Instant now = clock.instant();
            Mailer.Mail mail = inNew(em -> claim(em, id, now));
            if (mail == null) {
                continue;
            }
            if (!sent(id, mail, false, List.of())) {
                break;
            }
            sent++;
        }
        return sent;
    }

    /**
     * Sends one mail and deletes its row; or, when the mail server refuses it, records the try (counted here
     * when {@code countTry}: a first send from memory, which no claim counted) and makes {@code rest} due at once.
     */
    private boolean sent(UUID id, Mailer.Mail mail, boolean countTry, List<UUID> rest) {
        try {
            (mailer == null ? Mailer.fromConfig() : mailer).send(mail);
        } catch (RuntimeException e) {
            String error = message(e);
            Instant failed = clock.instant();
            QueuedMail after = inNew(em -> {
                QueuedMail queued = em.find(QueuedMail.class, id);
                if (queued != null) {
                    if (countTry) {
                        queued.attempted();
                    }
                    queued.notSent(error, failed, MAX_ATTEMPTS);
                }
                dueNow(em, rest, failed);
                return queued;
            });
            if (after != null && after.getFailedAt() != null) {
                LOG.log(Level.SEVERE, "Mail given up after " + after.getAttempts() + " attempts (" + after.getSubject() + "): " + error);
            } else {
                LOG.warning(() -> "Mail not sent (" + mail.subject() + ")"
                        + (after == null ? "" : ", tried again from " + after.getNextAttemptAt()) + ": " + error);
            }
            return false;
        }
        inNew(em -> em.createQuery("delete from QueuedMail m where m.id = :id").setParameter("id", id).executeUpdate());
        return true;
    }

    /** These rows are the timer's from now on. */
    private static int dueNow(EntityManager em, List<UUID> ids, Instant now) {
        return ids.isEmpty() ? 0 : em.createQuery("update QueuedMail m set m.nextAttemptAt = :now where m.id in :ids")
                .setParameter("now", now).setParameter("ids", ids).executeUpdate();
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    }

    /** Takes the mail for this server for a while (null when it is sent, given up, or another server has it). */
    private static Mailer.Mail claim(EntityManager em, UUID id, Instant now) {
        int won = em.createQuery("update QueuedMail m set m.claimedUntil = :lease, m.attempts = m.attempts + 1"
                        + " where m.id = :id and m.failedAt is null and (m.claimedUntil is null or m.claimedUntil < :now)")
                .setParameter("lease", now.plus(LEASE)).setParameter("id", id).setParameter("now", now).executeUpdate();
        return won == 1 ? em.find(QueuedMail.class, id).toMail() : null;
    }

    @SuppressWarnings("unchecked")
    private <T> T inNew(Function<EntityManager, T> work) {
        if (newTransaction != null) {
            return (T) newTransaction.apply(work);
        }
        return context.getBusinessObject(TrainingMailOutbox.class).inNewTransaction(work);
    }
}
