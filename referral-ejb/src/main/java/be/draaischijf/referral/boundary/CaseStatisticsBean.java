package be.draaischijf.referral.boundary;

import be.draaischijf.identity.api.Roles;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.referral.api.AgeBand;
import be.draaischijf.referral.api.CaseCounts;
import be.draaischijf.referral.api.CaseOutcome;
import be.draaischijf.referral.api.CaseStatistics;
import be.draaischijf.referral.control.PerMonth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * The cases' counts for the reports (ADR 0043). Every count reads only what an anonymised case keeps (received and
 * closed, status, outcome, problem areas, district, the age band at intake, the sector of who asked), never the birth
 * date or a name, so a report gives the same numbers before and after a case is anonymised. Every count comes from the
 * database (ADR 0046): the months as one sum per Brussels month, the lead times grouped by whole days.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
@Interceptors(ParameterValidation.class)
public class CaseStatisticsBean implements CaseStatistics {

    private static final String IN_PERIOD = " where r.receivedAt >= :start and r.receivedAt < :end";

    @PersistenceContext(unitName = "referral")
    EntityManager em;

    @Override
    public CaseCounts count(LocalDate from, LocalDate until) {
        if (!until.isAfter(from)) {
            throw new Invalid(FieldError.of("until", "referral.statistics.until-after-from"));
        }
        Instant start = from.atStartOfDay(ReferralCasesBean.BRUSSELS).toInstant();
        Instant end = until.atStartOfDay(ReferralCasesBean.BRUSSELS).toInstant();

        Map<YearMonth, Integer> perMonth = new HashMap<>();
        new PerMonth(em).count(IN_PERIOD.substring(" where ".length()), Map.of("start", start, "end", end), from, until)
                .forEach((month, count) -> perMonth.put(month, count.intValue()));
        int total = perMonth.values().stream().mapToInt(Integer::intValue).sum();
        // closed: when it closed (cases from before that was kept: their last change, as migration V9 set it)
        String leadDays = "cast(floor(cast((coalesce(r.closedAt, r.updatedAt) - r.receivedAt) by second as Double) / 86400)"
                + " as Integer)";
        Map<Integer, Integer> perLeadTime = grouped("select " + leadDays + ", count(r) from Referral r" + IN_PERIOD
                + " and r.status = be.draaischijf.referral.api.ReferralStatus.CLOSED group by " + leadDays, start, end);
        return new CaseCounts(total, perMonth,
                grouped("select p, count(r) from Referral r join r.problemAreas p" + IN_PERIOD + " group by p", start, end),
                grouped("select r.district, count(r) from Referral r" + IN_PERIOD + " group by r.district", start, end),
                this.<AgeBand>grouped("select r.intakeAgeBand, count(r) from Referral r" + IN_PERIOD
                        + " group by r.intakeAgeBand", start, end),
                grouped("select r.referrerSector, count(r) from Referral r" + IN_PERIOD + " group by r.referrerSector",
                        start, end),
                this.<CaseOutcome>grouped("select r.outcome, count(r) from Referral r" + IN_PERIOD
                        + " and r.outcome is not null group by r.outcome", start, end),
                perLeadTime);
    }

    /** A count per value of one kept column (null values left out by {@link CaseCounts}). */
    @SuppressWarnings("unchecked")
    private <K> Map<K, Integer> grouped(String query, Instant start, Instant end) {
        Map<K, Integer> counts = new HashMap<>();
        for (Object[] row : inPeriod(em.createQuery(query, Object[].class), start, end).getResultList()) {
            if (row[0] != null) {
                counts.merge((K) row[0], ((Number) row[1]).intValue(), Integer::sum);
            }
        }
        return counts;
    }

    private static <T> TypedQuery<T> inPeriod(TypedQuery<T> query, Instant start, Instant end) {
        return query.setParameter("start", start).setParameter("end", end);
    }
}
