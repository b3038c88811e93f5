package be.draaischijf.training.boundary;

import be.draaischijf.identity.api.Roles;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.metrics.Metrics;
import be.draaischijf.platform.privacy.RetentionKind;
import be.draaischijf.platform.privacy.RetentionPeriods;
import be.draaischijf.platform.privacy.RetentionResult;
import be.draaischijf.platform.privacy.SubjectQuery;
import be.draaischijf.platform.privacy.SubjectRecord;
import be.draaischijf.platform.security.Caller;
import be.draaischijf.training.api.SessionStatus;
import be.draaischijf.training.api.TrainingPrivacy;
import be.draaischijf.training.entity.NewsletterSubscriber;
import be.draaischijf.training.entity.Registration;
import be.draaischijf.training.entity.SessionDay;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The training module's retention rules and what it holds about a data subject (see {@link TrainingPrivacy}). The
 * rules are conditional bulk statements: when every server runs them at the same moment, the second waits for the
 * first one's row locks and then finds each registration marked anonymised and each subscriber gone, so every record
 * is changed (and counted) once.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@Interceptors(ParameterValidation.class)
public class TrainingPrivacyBean implements TrainingPrivacy {

    private static final Logger LOG = Logger.getLogger(TrainingPrivacyBean.class.getName());

    /** Which subscribers are past their period: left the list before the cutoff, or never confirmed a link in time. */
    private static final String SUBSCRIBERS_PAST = "(s.status = :unsubscribed and s.unsubscribedAt < :cutoff)"
            + " or (s.status = :pending and s.requestedAt < :unconfirmed)";

    @PersistenceContext(unitName = "training")
    EntityManager em;

    /** The application's one datasource, where the platform keeps the periods an administrator set. */
    @Resource(lookup = "java:app/jdbc/draaischijf")
    DataSource dataSource;

    @Inject
    Caller caller;

    @Inject
    Metrics metrics;

    Clock clock = Clock.systemUTC();

    /** Every night on every server, without a caller (the statements are conditional: each record once). */
    @Schedule(hour = "3", minute = "15", persistent = false, timezone = "Europe/Brussels")
    @PermitAll
    void everyNight() {
        metrics.timerRun(Metrics.Job.TRAINING_RETENTION);
        try {
            List<RetentionResult> results = retain(clock.instant());
            LOG.info(() -> "Training retention: " + results);
        } catch (RuntimeException e) {
            // a timeout that throws is retried at once by the container; the next night (or an administrator) tries again
            LOG.log(java.util.logging.Level.WARNING, "Training retention failed; the next night tries again", e);
        }
    }

    @Override
    public List<RetentionResult> applyRetention(Instant now) {
        return retain(now == null ? clock.instant() : now);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<SubjectRecord> find(SubjectQuery query) {
        if (query == null || query.youngPerson()) {
            return List.of(); // a young person never registers
        }
        String address = query.normalisedEmail();
        List<SubjectRecord> found = new ArrayList<>();
        em.createQuery("select r, s.title, s.startsAt from Registration r, TrainingSession s where r.sessionId = s.id"
                        + " and lower(r.email) = :address order by r.registeredAt, r.id", Object[].class)
                .setParameter("address", address).getResultStream()
                .forEach(row -> found.add(((Registration) row[0]).toSubjectRecord((String) row[1],
                        ((Instant) row[2]).atZone(SessionDay.BRUSSELS).toLocalDate())));
        em.createQuery("select s from NewsletterSubscriber s where s.email = :address", NewsletterSubscriber.class)
                .setParameter("address", address).getResultStream()
                .forEach(subscriber -> found.add(subscriber.toSubjectRecord()));
        found.sort(Comparator.comparing(SubjectRecord::createdAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        // the module keeps no audit log of its own: who asked and how many records, never the address asked
        LOG.info(() -> caller.name().orElse("(nobody)") + " asked what the training module holds about an address: "
                + found.size() + " record(s)");
        return found;
    }

    private List<RetentionResult> retain(Instant now) {
        RetentionPeriods periods = new RetentionPeriods(dataSource);
        int registrations = anonymiseRegistrations(now, cutoff(now, periods.of(RetentionKind.TRAINING_REGISTRATIONS)));
        int subscribers = removeSubscribers(cutoff(now, periods.of(RetentionKind.NEWSLETTER_UNSUBSCRIBED)));
        return List.of(new RetentionResult(RetentionKind.TRAINING_REGISTRATIONS, registrations),
                new RetentionResult(RetentionKind.NEWSLETTER_UNSUBSCRIBED, subscribers));
    }

    /**
     * The registrations of sessions that ended before {@code cutoff} and are done or cancelled (so that nobody edits,
     * cancels or mails them any more; the hourly timer makes a published session done once it ended): their
     * self-service links go, then who registered and the request key it was made with (each registration once: only
     * those not anonymised yet).
     */
    private int anonymiseRegistrations(Instant now, Instant cutoff) {
        em.createQuery("delete from RegistrationToken t where t.registrationId in (select r.id from Registration r"
                        + " where r.sessionId in (select s.id from TrainingSession s where s.endsAt < :cutoff"
                        + " and s.status in :finished))")
                .setParameter("cutoff", cutoff).setParameter("finished", List.of(SessionStatus.DONE, SessionStatus.CANCELLED))
                .executeUpdate();
        // in SQL: the columns are named as in the table, and nothing of the entity (its version, its checks) is involved
        return em.createNativeQuery("update training_registration set first_name = null, last_name = null, email = null,"
                        + " active_email = null, organisation = null, function_title = null, remarks = null, anonymised_at = ?1,"
                        // the client's request key and fingerprint (ADR 0049): no link back to who sent it
                        + " request_key = null, request_fingerprint = null"
                        + " where anonymised_at is null and session_id in (select id from training_session where ends_at < ?2"
                        + " and status in ('DONE', 'CANCELLED'))")
                .setParameter(1, now).setParameter(2, cutoff).executeUpdate();
    }

    /** Subscribers past their period, with their links; how many subscribers went. */
    private int removeSubscribers(Instant cutoff) {
        Instant unconfirmed = cutoff.minus(NewsletterBean.CONFIRM_VALID);
        past(em.createQuery("delete from NewsletterToken t where t.subscriberId in"
                + " (select s.id from NewsletterSubscriber s where " + SUBSCRIBERS_PAST + ")"), cutoff, unconfirmed)
                .executeUpdate();
        return past(em.createQuery("delete from NewsletterSubscriber s where " + SUBSCRIBERS_PAST), cutoff, unconfirmed)
                .executeUpdate();
    }

    private static Query past(Query query, Instant cutoff, Instant unconfirmed) {
        return query.setParameter("unsubscribed", NewsletterSubscriber.UNSUBSCRIBED).setParameter("cutoff", cutoff)
                .setParameter("pending", NewsletterSubscriber.PENDING).setParameter("unconfirmed", unconfirmed);
    }

    /** The moment a period before {@code now}: what is older goes (years and months counted on the calendar, UTC). */
    static Instant cutoff(Instant now, Period period) {
        return now.atZone(ZoneOffset.UTC).minus(period).toInstant();
    }
}
