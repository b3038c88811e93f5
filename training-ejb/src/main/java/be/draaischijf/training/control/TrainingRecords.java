package be.draaischijf.training.control;

import be.draaischijf.platform.refusal.Busy;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.identity.api.Roles;
import be.draaischijf.platform.security.Caller;
import be.draaischijf.platform.OneTimeTokens;
import be.draaischijf.platform.RequestKeys;
import be.draaischijf.training.api.RegistrationStatus;
import be.draaischijf.training.api.SessionStatus;
import be.draaischijf.training.entity.Registration;
import be.draaischijf.training.entity.RegistrationToken;
import be.draaischijf.training.entity.TrainingSession;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * What the training beans share, injected into each: who may run sessions, the session lock, the waiting-list
 * queue and the registration tokens. It works in the calling bean's transaction and persistence context.
 */
@Dependent
public class TrainingRecords {

    private static final Logger LOG = Logger.getLogger(TrainingRecords.class.getName());

    /** How long a registration waits for the session's lock before it gives up (a rush queues up behind it). */
    public static final Duration LOCK_TIMEOUT = Duration.ofSeconds(30);

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Inject
    Caller caller;

    /** The address people use to reach the application, for the links in mails and calendars. */
    @Inject
    @ConfigProperty(name = "draaischijf.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    public TrainingRecords() {
    }

    /** Outside the container (module tests): over this database, as this caller, with links to this address. */
    public TrainingRecords(EntityManager em, Caller caller, String baseUrl) {
        this.em = em;
        this.caller = caller;
        this.baseUrl = baseUrl;
    }

    /** The module's mails, with links to this application. */
    public TrainingMails mails() {
        return new TrainingMails(baseUrl);
    }

    /** The module's iCalendar files, with links to this application. */
    public SessionCalendar calendar() {
        return new SessionCalendar(baseUrl);
    }

    /** The caller must be a coordinator or an administrator; their username. */
    public String coordinator() {
        if (!caller.isInAnyRole(Roles.COORDINATOR, Roles.ADMIN)) {
            throw new NotPermitted("training.coordinators-only");
        }
        return caller.requireName();
    }

    /**
     * The session row, locked for the rest of the transaction (select … for update): every change of its
     * seats and waiting list goes through here, so they happen one after the other. Waits at most
     * {@code timeout} for the lock (set on the database session, as neither PostgreSQL nor H2 takes a wait
     * time in the statement), then gives up with {@link Busy}.
     */
    public TrainingSession locked(UUID id, Duration timeout) {
        TrainingSession session = withinLockTimeout(timeout,
                () -> em.find(TrainingSession.class, id, LockModeType.PESSIMISTIC_WRITE));
        if (session == null) {
            throw new NotFound("training.session.unknown");
        }
        return session;
    }

    /**
     * Takes a row lock ({@code lock}) waiting at most {@code timeout}; a lock not had in time is {@link Busy}
     * (nothing saved, a retry works), whatever the database and Hibernate made of it. The one place where the
     * training module turns a lock time-out into something a person can act on.
     */
    public <T> T withinLockTimeout(Duration timeout, java.util.function.Supplier<T> lock) {
        lockTimeout(timeout);
        try {
            return lock.get();
        } catch (PersistenceException e) {
            if (isLockTimeout(e)) {
                LOG.warning(() -> "No lock within " + timeout + ": " + e.getMessage());
                throw new Busy("training.session.busy");
            }
            throw e;
        }
    }

    public TrainingSession locked(UUID id) {
        return locked(id, LOCK_TIMEOUT);
    }

    /** How long this transaction's lock requests wait: PostgreSQL {@code lock_timeout}, H2 {@code LOCK_TIMEOUT}. */
    private void lockTimeout(Duration timeout) {
        Dialect dialect = em.unwrap(SharedSessionContractImplementor.class).getJdbcServices().getDialect();
        if (dialect instanceof PostgreSQLDialect) {
            // only for this transaction; a pooled connection keeps its default afterwards
            em.createNativeQuery("set local lock_timeout = '" + timeout.toMillis() + "ms'").executeUpdate();
        } else if (dialect instanceof H2Dialect) {
            // for the connection (H2 has no per-transaction setting); every lock in this module sets it first
            em.createNativeQuery("set lock_timeout " + timeout.toMillis()).executeUpdate();
        }
    }

    /** PostgreSQL's lock_not_available (55P03), H2's lock timeout (50200), whatever Hibernate wrapped them in. */
    private static boolean isLockTimeout(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.LockTimeoutException || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof org.hibernate.exception.LockTimeoutException
                    || cause instanceof org.hibernate.PessimisticLockException) {
                return true;
            }
            if (cause instanceof SQLException sql && ("55P03".equals(sql.getSQLState()) || sql.getErrorCode() == 50200)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives free seats to the first people on the waiting list, in queue order (the caller holds the session
     * lock). Only while the session is published and has not started.
     */
    public List<Registration> promote(TrainingSession session, Instant now) {
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

    /**
     * The current waiting-list places of the waiting registrations among {@code rows} (1 = next in line).
     * {@code inQueueOrder}: the waiting ones among the rows follow each other in the queue without gaps (a page
     * of the lists), so one count gives the first place and the rest follow; otherwise each is counted.
     */
    public Map<UUID, Integer> positions(List<Registration> rows, boolean inQueueOrder) {
        Map<UUID, Integer> positions = new HashMap<>();
        Integer next = null;
        for (Registration row : rows) {
            if (row.getStatus() != RegistrationStatus.WAITLISTED) {
                continue;
            }
            int position = inQueueOrder && next != null ? next : position(row);
            positions.put(row.getId(), position);
            next = position + 1;
        }
        return positions;
    }

    /** One registration's place: the waiting ones before it in the queue, plus one. */
    public int position(Registration registration) {
        return em.createQuery("select count(r) from Registration r where r.sessionId = :session and r.status = :waiting"
                        + " and r.queueNumber < :number", Long.class)
                .setParameter("session", registration.getSessionId()).setParameter("waiting", RegistrationStatus.WAITLISTED)
                .setParameter("number", registration.getQueueNumber()).getSingleResult().intValue() + 1;
    }

    /** A new self-service link for a registration: the token for the mail, its hash in the database. */
    public String newToken(UUID registrationId, Instant now) {
        String token = OneTimeTokens.newToken();
        em.persist(new RegistrationToken(OneTimeTokens.hash(token), registrationId, now));
        return token;
    }

    /**
     * The first self-service link of a registration made with a request key (ADR 0049): derived from the key
     * ({@link #keyedToken}), so that the answer to a retry can hand out the same link; its hash in the database as for
     * any other. Without a key, a random one ({@link #newToken(UUID, Instant)}).
     */
    public String newToken(UUID registrationId, String requestKey, Instant now) {
        if (requestKey == null) {
            return newToken(registrationId, now);
        }
        String token = keyedToken(registrationId, requestKey);
        em.persist(new RegistrationToken(OneTimeTokens.hash(token), registrationId, now));
        return token;
    }

    /** The link a request key gives a registration: the same each time, for this registration only. */
    public static String keyedToken(UUID registrationId, String requestKey) {
        return RequestKeys.token(requestKey, "registration-link:" + registrationId);
    }
}
