package be.draaischijf.referral.control;

import be.draaischijf.platform.privacy.RetentionKind;
import be.draaischijf.platform.privacy.RetentionResult;
import be.draaischijf.referral.api.EventKind;
import be.draaischijf.referral.api.EventMessage;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.api.TimelineEntry;
import be.draaischijf.referral.entity.AuditRecord;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The referral module's retention rules (ADR 0043), for the nightly timer and an administrator's "run now":
 * <ul>
 * <li>{@link RetentionKind#CLOSED_CASES}: a closed case whose closing lies longer ago than the period is anonymised
 * ({@link CaseAnonymiser}); closed exactly that long ago it is kept, a day later it goes. Open cases never. The
 * timeline and the audit log say it happened (by "systeem", no names).</li>
 * <li>{@link RetentionKind#UNMET_NEEDS}: an unmet need recorded longer ago than the period loses its note and who
 * recorded it; the record stays for the capacity-gap report.</li>
 * <li>{@link RetentionKind#AUDIT_ENTRIES}: nothing, ever (0): audit lines hold no text, follow their case and are never
 * changed or deleted (ADR 0040).</li>
 * </ul>
 * Periods run back from {@code now} in calendar terms (Europe/Brussels: five years back from 3 March is 3 March). Each
 * record once, also when every server runs it at the same time: every change is a conditional update. At most
 * {@link #CASES_PER_RUN} cases per run, so one transaction stays short; the rest goes the next night (or the next
 * run). Works in the caller's transaction.
 */
@Dependent
public class CaseRetention {

    private static final Logger LOG = Logger.getLogger(CaseRetention.class.getName());
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** The most closed cases one run anonymises. */
    public static final int CASES_PER_RUN = 1000;

    @PersistenceContext(unitName = "referral")
    EntityManager em;

    @Inject
    CaseAnonymiser anonymiser;

    @Inject
    CaseRecords records;

    public CaseRetention() {
    }

    /** Outside the container (module tests): over this database, anonymising with this, writing through that. */
    public CaseRetention(EntityManager em, CaseAnonymiser anonymiser, CaseRecords records) {
        this.em = em;
        this.anonymiser = anonymiser;
        this.records = records;
    }

    /**
     * Applies the rules at {@code now} with the periods in force ({@code periodOf}, e.g. {@code RetentionPeriods::of});
     * one result per kind of this module, zero included, in the order of {@link RetentionKind}.
     */
    public List<RetentionResult> apply(Instant now, Function<RetentionKind, Period> periodOf) {
        int cases = closedCases(now, limit(now, periodOf.apply(RetentionKind.CLOSED_CASES)));
        int needs = unmetNeeds(now, limit(now, periodOf.apply(RetentionKind.UNMET_NEEDS)));
        List<RetentionResult> results = List.of(new RetentionResult(RetentionKind.CLOSED_CASES, cases),
                new RetentionResult(RetentionKind.UNMET_NEEDS, needs),
                new RetentionResult(RetentionKind.AUDIT_ENTRIES, 0));
        LOG.info(() -> "Retention of the referral module at " + now + ": " + results);
        return results;
    }

    /** The moment {@code period} before {@code now}: what lies before it is past its period. */
    static Instant limit(Instant now, Period period) {
        return now.atZone(BRUSSELS).minus(period).toInstant();
    }

    private int closedCases(Instant now, Instant closedBefore) {
        List<UUID> due = em.createQuery("select r.id from Referral r where r.anonymisedAt is null"
                        + " and r.status = :closed and r.closedAt < :limit order by r.id", UUID.class)
                .setParameter("closed", ReferralStatus.CLOSED)
                .setParameter("limit", closedBefore)
                .setMaxResults(CASES_PER_RUN)
                .getResultList();
        int anonymised = 0;
        for (UUID caseId : due) {
            if (anonymiser.anonymise(caseId, now)) {
                records.event(caseId, TimelineEntry.SYSTEM, EventKind.ANONYMISED, EventMessage.of("event.anonymised"), null, now);
                records.audit(caseId, TimelineEntry.SYSTEM, AuditRecord.CHANGE, EventMessage.of("audit.anonymised"), now);
                anonymised++;
            }
        }
        return anonymised;
    }

    private int unmetNeeds(Instant now, Instant recordedBefore) {
        return em.createQuery("update UnmetNeed u set u.note = null, u.recordedBy = null, u.anonymisedAt = :now"
                        + " where u.anonymisedAt is null and u.recordedAt < :limit")
                .setParameter("now", now).setParameter("limit", recordedBefore)
                .executeUpdate();
    }
}
