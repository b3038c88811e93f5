package be.draaischijf.training.boundary;

import be.draaischijf.partner.api.AccountView;
import be.draaischijf.partner.api.Accounts;
import be.draaischijf.partner.api.Role;
import be.draaischijf.platform.Mailer;
import be.draaischijf.platform.OneTimeTokens;
import be.draaischijf.training.api.NotPermitted;
import be.draaischijf.training.api.RegistrationStatus;
import be.draaischijf.training.api.SessionStatus;
import be.draaischijf.training.api.UnknownSession;
import be.draaischijf.training.entity.Registration;
import be.draaischijf.training.entity.RegistrationToken;
import be.draaischijf.training.entity.TrainingSession;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * What the training beans share: who may run sessions, the session lock, the waiting-list queue, the
 * registration tokens, and mails that leave only once the transaction committed.
 */
final class TrainingRecords {

    private static final Logger LOG = Logger.getLogger(TrainingRecords.class.getName());

    /** How long a registration waits for the session's lock before it gives up (a rush queues up behind it). */
    static final int LOCK_TIMEOUT_MILLIS = 30_000;

    private TrainingRecords() {
    }

    /** The caller must be a coordinator or an administrator. */
    static AccountView coordinator(Accounts accounts, String actor) {
        AccountView account = accounts.find(actor).orElseThrow(() -> new NotPermitted("onbekende gebruiker " + actor));
        if (!account.roles().contains(Role.COORDINATOR) && !account.roles().contains(Role.ADMIN)) {
            throw new NotPermitted("alleen coördinatoren en beheerders beheren vormingen en infosessies");
        }
        return account;
    }

    /**
     * The session row, locked for the rest of the transaction (select … for update): every change of its
     * seats and waiting list goes through here, so they happen one after the other.
     */
    static TrainingSession locked(EntityManager em, UUID id) {
        TrainingSession session = em.find(TrainingSession.class, id, LockModeType.PESSIMISTIC_WRITE,
                Map.of("jakarta.persistence.lock.timeout", LOCK_TIMEOUT_MILLIS));
        if (session == null) {
            throw new UnknownSession("geen sessie " + id);
        }
        return session;
    }

    /**
     * Gives free seats to the first people on the waiting list, in queue order (the caller holds the session
     * lock). Only while the session is published and has not started.
     */
    static List<Registration> promote(EntityManager em, TrainingSession session, Instant now) {
        int free = session.getCapacity() - session.getConfirmedCount();
        if (free <= 0 || session.getWaitingCount() == 0 || session.getStatus() != SessionStatus.PUBLISHED
                || !now.isBefore(session.getStartsAt())) {
            return List.of();
        }
        List<Registration> next = em.createQuery("select r from Registration r where r.sessionId = :session"
                        + " and r.status = :waiting order by r.queueNumber", Registration.class)
                .setParameter("session", session.getId()).setParameter("waiting", RegistrationStatus.WAITLISTED)
                .setMaxResults(free).getResultList();
        for (Registration registration : next) {
            registration.promote(now);
            session.leftQueue();
            session.seatTaken();
        }
        return next;
    }

    /** The current waiting-list place of each waiting registration of a session (1 = next in line). */
    static Map<UUID, Integer> positions(EntityManager em, UUID sessionId) {
        List<UUID> queue = em.createQuery("select r.id from Registration r where r.sessionId = :session and r.status = :waiting"
                        + " order by r.queueNumber", UUID.class)
                .setParameter("session", sessionId).setParameter("waiting", RegistrationStatus.WAITLISTED).getResultList();
        Map<UUID, Integer> positions = new HashMap<>();
        for (int i = 0; i < queue.size(); i++) {
            positions.put(queue.get(i), i + 1);
        }
        return positions;
    }

    /** One registration's place: the waiting ones before it in the queue, plus one. */
    static int position(EntityManager em, Registration registration) {
        return em.createQuery("select count(r) from Registration r where r.sessionId = :session and r.status = :waiting"
                        + " and r.queueNumber < :number", Long.class)
                .setParameter("session", registration.getSessionId()).setParameter("waiting", RegistrationStatus.WAITLISTED)
                .setParameter("number", registration.getQueueNumber()).getSingleResult().intValue() + 1;
    }

    /** A new self-service link for a registration: the token for the mail, its hash in the database. */
    static String newToken(EntityManager em, UUID registrationId, Instant now) {
        String token = OneTimeTokens.newToken();
        em.persist(new RegistrationToken(OneTimeTokens.hash(token), registrationId, now));
        return token;
    }

    /**
     * Sends the mails once the transaction committed (a registration that is rolled back mails nothing, and
     * no SMTP conversation happens while the session row is locked). {@code afterCommit} replaces the JTA
     * registry outside the server (tests).
     */
    static void mailAfterCommit(TransactionSynchronizationRegistry registry, Consumer<Runnable> afterCommit, Mailer mailer,
                                List<Mailer.Mail> mails) {
        if (mails.isEmpty()) {
            return;
        }
        List<Mailer.Mail> toSend = List.copyOf(mails);
        Runnable send = () -> toSend.forEach(mail -> send(mailer, mail));
        if (afterCommit != null) {
            afterCommit.accept(send);
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to prepare
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    send.run();
                }
            }
        });
    }

    /** Sends one mail now; a mail that cannot go out is logged and does not undo the work it reports. */
    static boolean send(Mailer mailer, Mailer.Mail mail) {
        try {
            (mailer == null ? Mailer.fromConfig() : mailer).send(mail);
            return true;
        } catch (Mailer.NotSent | IllegalStateException e) {
            LOG.warning(() -> "Mail not sent (" + mail.subject() + "): " + e.getMessage());
            return false;
        }
    }
}
