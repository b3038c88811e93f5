package be.draaischijf.referral.control;

import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.referral.entity.AccessGrant;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Break-glass (ADR 0042): an administrator is no case worker and reads a case's contents only while holding a grant
 * for it, made with a written reason and holding for {@code draaischijf.referrals.break-glass-hours} (8 by default).
 * {@link CaseRecords#visibleCase} asks here, so every read and change of a case checks it in one place.
 */
@Dependent
public class CaseAccess {

    /** How long a reason must be, and may be, in characters (without the blanks around it). */
    public static final int REASON_MIN = 20;
    public static final int REASON_MAX = 1000;

    @PersistenceContext(unitName = "referral")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "draaischijf.referrals.break-glass-hours", defaultValue = "8")
    int hours;

    Clock clock = Clock.system(ZoneId.of("Europe/Brussels"));

    public CaseAccess() {
    }

    /** Outside the container (module tests): over this database, at this clock's time, grants of this many hours. */
    public CaseAccess(EntityManager em, Clock clock, int hours) {
        this.em = em;
        this.clock = clock;
        this.hours = hours;
    }

    /** The administrator's latest grant for this case that still holds now. */
    public Optional<AccessGrant> holding(UUID caseId, String username) {
        Instant now = clock.instant();
        return em.createQuery("select g from AccessGrant g where g.referralId = :referral and g.username = :username"
                        + " and g.expiresAt > :now order by g.expiresAt desc", AccessGrant.class)
                .setParameter("referral", caseId).setParameter("username", username).setParameter("now", now)
                .setMaxResults(1)
                .getResultList().stream().filter(grant -> grant.holdsAt(now)).findFirst();
    }

    /** Refuses (403) an administrator without a grant for this case that holds now. */
    public void requireGrant(UUID caseId, String username) {
        if (holding(caseId, username).isEmpty()) {
            throw new NotPermitted("referral.case.break-glass-needed");
        }
    }

    /** A new grant from {@code now}, for the configured hours (at least one), with the reason as written. */
    public AccessGrant grant(UUID caseId, String username, String reason, Instant now) {
        AccessGrant grant = new AccessGrant(caseId, username, reason, now, now.plus(Duration.ofHours(Math.max(1, hours))));
        em.persist(grant);
        return grant;
    }
}
