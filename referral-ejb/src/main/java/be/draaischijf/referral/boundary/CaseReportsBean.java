package be.draaischijf.referral.boundary;

import be.draaischijf.identity.api.Roles;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.metrics.ReportDurations;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.referral.api.AgeBand;
import be.draaischijf.referral.api.CapacityGapCase;
import be.draaischijf.referral.api.CapacityGapRow;
import be.draaischijf.referral.api.CaseReports;
import be.draaischijf.referral.api.ConferenceCounts;
import be.draaischijf.referral.api.GroupCount;
import be.draaischijf.referral.api.LeadTime;
import be.draaischijf.referral.api.LeadTimeStage;
import be.draaischijf.referral.api.PartnerReferralCounts;
import be.draaischijf.referral.api.RelatedCases;
import be.draaischijf.referral.api.ReportGrouping;
import be.draaischijf.referral.api.ReportPeriod;
import be.draaischijf.referral.control.CapacityGap;
import be.draaischijf.referral.control.PerMonth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The network's reports on its cases (ADR 0046). Every figure is a grouped count or a percentile the database computes
 * over the period's records; only the capacity gap reads lines, one per case and problem area in the gap (the lines its
 * export lists), never the period's cases. The durations are the exact time between two kept moments (seconds, as
 * Hibernate's {@code by second} computes them on H2 and PostgreSQL), reported in days or weeks.
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
@Interceptors(ParameterValidation.class)
public class CaseReportsBean implements CaseReports {

    /** The longest period a report covers: ten years (a month's column each in the per-month report). */
    static final Period LONGEST = Period.ofYears(10);
    static final double SECONDS_PER_DAY = 86_400d;

    @PersistenceContext(unitName = "referral")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "draaischijf.reports.acceptable-wait", defaultValue = "P6W")
    String acceptableWait = "P6W";

    Clock clock = Clock.system(ReportPeriod.BRUSSELS);

    @Override
    @Interceptors(ReportDurations.class)
    public List<GroupCount> referrals(ReportPeriod period, ReportGrouping groupBy) {
        requireValid(period);
        if (groupBy == ReportGrouping.MONTH) {
            return perMonth(period);
        }
        String query = switch (groupBy) {
            case PROBLEM_AREA -> "select p, count(r) from Referral r join r.problemAreas p where" + cases(period) + " group by p";
            case DISTRICT -> grouped("r.district", period);
            case SECTOR -> grouped("r.referrerSector", period);
            case AGE_BAND -> grouped("r.intakeAgeBand", period);
            case SCHOOL_STATUS -> grouped("r.schoolStatus", period);
            case URGENCY -> grouped("r.urgency", period);
            case OUTCOME -> grouped("r.outcome", period);
            case MONTH -> throw new IllegalStateException("per month is counted apart");
        };
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row : inPeriod(em.createQuery(query, Object[].class), period).getResultList()) {
            if (row[0] != null) {
                counts.merge(row[0] instanceof Enum<?> value ? value.name() : row[0].toString(), (Long) row[1], Long::sum);
            }
        }
        return counts.entrySet().stream().map(entry -> new GroupCount(entry.getKey(), entry.getValue())).toList();
    }

    /** One pass over the period's cases, a sum per month (months are Brussels months, not the database's). */
    private List<GroupCount> perMonth(ReportPeriod period) {
        Map<String, Object> parameters = new HashMap<>(Map.of("start", period.start(), "end", period.end()));
        if (period.contactPoint() != null) {
            parameters.put("contactPoint", period.contactPoint());
        }
        return new PerMonth(em).count(cases(period), parameters, period.from(), period.until()).entrySet().stream()
                .map(month -> new GroupCount(month.getKey().toString(), month.getValue())).toList();
    }

    @Override
    @Interceptors(ReportDurations.class)
    public List<LeadTime> leadTimes(ReportPeriod period) {
        requireValid(period);
        // one pass: an aggregate leaves out the cases that did not reach a stage (their moment, so their duration, is null)
        List<String> moments = List.of("r.analysedAt", "r.firstReferredAt", "r.firstStartedAt");
        StringBuilder select = new StringBuilder("select ");
        for (String moment : moments) {
            String duration = "(" + moment + " - r.receivedAt) by second";
            select.append(moment.equals(moments.get(0)) ? "" : ", ").append("count(").append(moment).append("), ")
                    .append(percentile(0.5, duration)).append(", ").append(percentile(0.9, duration));
        }
        Object[] row = inPeriod(em.createQuery(select + " from Referral r where" + cases(period), Object[].class), period)
                .getSingleResult();
        List<LeadTime> times = new ArrayList<>();
        for (LeadTimeStage stage : LeadTimeStage.values()) {
            int at = stage.ordinal() * 3;
            long count = number(row[at]);
            times.add(new LeadTime(stage, count, count == 0 ? null : days(row[at + 1]), count == 0 ? null : days(row[at + 2])));
        }
        return times;
    }

    @Override
    @Interceptors(ReportDurations.class)
    public List<PartnerReferralCounts> offerReferrals(ReportPeriod period) {
        requireValid(period);
        String where = " from OfferReferral o join o.referral r where" + proposed(period);
        Map<UUID, String> names = new HashMap<>();
        Map<UUID, long[]> counts = new HashMap<>();
        Map<UUID, Map<String, Long>> declinedByReason = new HashMap<>();
        for (Object[] row : inPeriod(em.createQuery("select o.organisationId, max(o.organisationName), o.status,"
                + " o.declineReason, count(o)" + where + " group by o.organisationId, o.status, o.declineReason",
                Object[].class), period).getResultList()) {
            UUID organisation = (UUID) row[0];
            names.merge(organisation, (String) row[1], (a, b) -> a.compareTo(b) >= 0 ? a : b);
            long count = (Long) row[4];
            long[] tally = counts.computeIfAbsent(organisation, id -> new long[5]);
            tally[0] += count;
            switch ((be.draaischijf.referral.api.OfferReferralStatus) row[2]) {
                case ACCEPTED -> tally[1] += count;
                case STARTED, STOPPED -> {
                    tally[1] += count;
                    tally[3] += count;
                }
                case COMPLETED -> {
                    tally[1] += count;
                    tally[3] += count;
                    tally[4] += count;
                }
                case DECLINED -> {
                    tally[2] += count;
                    declinedByReason.computeIfAbsent(organisation, id -> new TreeMap<>())
                            .merge(row[3] == null ? "OTHER" : (String) row[3], count, Long::sum);
                }
                case PROPOSED -> { }
            }
        }
        Map<UUID, Double> replies = new HashMap<>();
        String reply = "(o.answeredAt - o.proposedAt) by second";
        for (Object[] row : inPeriod(em.createQuery("select o.organisationId, " + percentile(0.5, reply) + where
                + " and o.answeredAt is not null group by o.organisationId", Object[].class), period).getResultList()) {
            replies.put((UUID) row[0], days(row[1]));
        }
        return counts.entrySet().stream()
                .map(entry -> {
                    long[] tally = entry.getValue();
                    return new PartnerReferralCounts(entry.getKey(), names.get(entry.getKey()), tally[0], tally[1], tally[2],
                            declinedByReason.getOrDefault(entry.getKey(), Map.of()), tally[3], tally[4],
                            replies.get(entry.getKey()));
                })
                .sorted(Comparator.comparing(PartnerReferralCounts::organisationName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(PartnerReferralCounts::organisationId))
                .toList();
    }

    @Override
    @Interceptors(ReportDurations.class)
    public ConferenceCounts conferences(ReportPeriod period) {
        requireValid(period);
        // the case only for its contact point (H2 would otherwise read every case to find the period's conferences)
        String held = " c.heldAt >= :heldFrom and c.heldAt < :heldUntil" + contactPoint(period);
        String from = period.contactPoint() == null ? " from Conference c" : " from Conference c join c.referral r";
        TypedQuery<Long> count = em.createQuery("select count(c)" + from + " where" + held, Long.class)
                .setParameter("heldFrom", period.from().atStartOfDay())
                .setParameter("heldUntil", period.until().atStartOfDay());
        if (period.contactPoint() != null) {
            count.setParameter("contactPoint", period.contactPoint());
        }
        long conferences = count.getSingleResult();
        Object[] actions = conferenceQuery("select count(a),"
                + " sum(case when a.done = true then 1 else 0 end),"
                + " sum(case when a.done = true and a.doneOn is not null and a.doneOn <= a.dueOn then 1 else 0 end),"
                + " sum(case when a.done = false and a.dueOn < :today then 1 else 0 end),"
                + " sum(case when a.done = false and a.dueOn >= :today then 1 else 0 end)"
                + from + " join c.actions a where" + held, period)
                .setParameter("today", LocalDate.now(clock)).getSingleResult();
        return new ConferenceCounts(conferences, number(actions[0]), number(actions[1]), number(actions[2]),
                number(actions[3]), number(actions[4]));
    }

    private TypedQuery<Object[]> conferenceQuery(String query, ReportPeriod period) {
        TypedQuery<Object[]> typed = em.createQuery(query, Object[].class)
                .setParameter("heldFrom", period.from().atStartOfDay())
                .setParameter("heldUntil", period.until().atStartOfDay());
        if (period.contactPoint() != null) {
            typed.setParameter("contactPoint", period.contactPoint());
        }
        return typed;
    }

    @Override
    @Interceptors(ReportDurations.class)
    public List<CapacityGapRow> capacityGap(ReportPeriod period) {
        return CapacityGap.rows(capacityGapCases(period), fullOffers(period));
    }

    @Override
    @Interceptors(ReportDurations.class)
    public List<CapacityGapCase> capacityGapCases(ReportPeriod period) {
        requireValid(period);
        CapacityGap gap = new CapacityGap();
        long acceptable = acceptableWaitSeconds();
        // unmet needs: no fitting offer, no place, or waiting longer than acceptable (or for an unknown time)
        for (Object[] row : inPeriod(em.createQuery("select r.reference, u.problemArea, r.intakeAgeBand, r.district,"
                + " u.reason, u.waitingWeeks from UnmetNeed u join Referral r on r.id = u.referralId"
                + " where u.recordedAt >= :start and u.recordedAt < :end" + contactPoint(period)
                + " and (u.reason in (be.draaischijf.referral.api.UnmetNeedReason.NO_FITTING_OFFER,"
                + " be.draaischijf.referral.api.UnmetNeedReason.NO_CAPACITY)"
                + " or (u.reason = be.draaischijf.referral.api.UnmetNeedReason.WAITING_TOO_LONG"
                + " and (u.waitingWeeks is null or u.waitingWeeks * 604800 > :acceptable)))", Object[].class), period)
                .setParameter("acceptable", acceptable).getResultList()) {
            gap.add((String) row[0], (String) row[1], (AgeBand) row[2], (String) row[3], ((Enum<?>) row[4]).name(),
                    row[5] == null ? null : ((Number) row[5]).doubleValue());
        }
        // referrals to offers that waited longer than acceptable before the partner started (or still wait)
        Instant now = clock.instant();
        for (Object[] row : inPeriod(em.createQuery("select r.reference, p, r.intakeAgeBand, r.district, o.proposedAt,"
                + " o.startedAt from OfferReferral o join o.referral r join r.problemAreas p where" + proposed(period)
                + " and ((o.startedAt is not null and (o.startedAt - o.proposedAt) by second > :acceptable)"
                + " or (o.startedAt is null and o.status in (be.draaischijf.referral.api.OfferReferralStatus.PROPOSED,"
                + " be.draaischijf.referral.api.OfferReferralStatus.ACCEPTED) and o.proposedAt < :waitingSince))",
                Object[].class), period)
                .setParameter("acceptable", acceptable)
                .setParameter("waitingSince", now.minusSeconds(acceptable))
                .getResultList()) {
            Instant proposedAt = (Instant) row[4];
            Instant until = row[5] != null ? (Instant) row[5] : now;
            gap.add((String) row[0], (String) row[1], (AgeBand) row[2], (String) row[3], CapacityGap.WAITED,
                    (until.getEpochSecond() - proposedAt.getEpochSecond()) / CapacityGap.SECONDS_PER_WEEK);
        }
        return gap.cases();
    }

    /** Per problem area, age band and district: the offers that declined a referral for lack of a place. */
    private Map<CapacityGap.Group, List<String>> fullOffers(ReportPeriod period) {
        Map<CapacityGap.Group, List<String>> full = new LinkedHashMap<>();
        for (Object[] row : inPeriod(em.createQuery("select p, r.intakeAgeBand, r.district, o.offerName"
                + " from OfferReferral o join o.referral r join r.problemAreas p where" + proposed(period)
                + " and o.status = be.draaischijf.referral.api.OfferReferralStatus.DECLINED and o.declineReason = 'NO_CAPACITY'"
                + " group by p, r.intakeAgeBand, r.district, o.offerName", Object[].class), period).getResultList()) {
            full.computeIfAbsent(new CapacityGap.Group((String) row[0], (AgeBand) row[1], (String) row[2]),
                    group -> new ArrayList<>()).add((String) row[3]);
        }
        return full;
    }

    @Override
    public Period acceptableWait() {
        try {
            Period period = Period.parse(acceptableWait.strip());
            if (!period.isNegative() && !period.isZero()) {
                return period;
            }
        } catch (DateTimeParseException | NullPointerException e) {
            // a wrong setting falls back to the default, as the retention periods do
        }
        return Period.ofWeeks(6);
    }

    private long acceptableWaitSeconds() {
        Period wait = acceptableWait();
        return (wait.toTotalMonths() * 30L + wait.getDays()) * 86_400L;
    }

    @Override
    public RelatedCases related(Collection<String> references) {
        List<String> known = references.stream().filter(reference -> reference != null && !reference.isBlank())
                .map(String::strip).distinct().toList();
        if (known.isEmpty()) {
            return new RelatedCases(0, Map.of(), Map.of());
        }
        long cases = em.createQuery("select count(r) from Referral r where r.reference in :references", Long.class)
                .setParameter("references", known).getSingleResult();
        Map<String, Long> areas = new TreeMap<>();
        for (Object[] row : em.createQuery("select p, count(r) from Referral r join r.problemAreas p"
                + " where r.reference in :references group by p", Object[].class)
                .setParameter("references", known).getResultList()) {
            areas.put((String) row[0], (Long) row[1]);
        }
        Map<String, Long> offers = new TreeMap<>();
        for (Object[] row : em.createQuery("select o.offerName, count(o) from OfferReferral o join o.referral r"
                + " where r.reference in :references group by o.offerName", Object[].class)
                .setParameter("references", known).getResultList()) {
            offers.put((String) row[0], (Long) row[1]);
        }
        return new RelatedCases(cases, areas, offers);
    }

    private static void requireValid(ReportPeriod period) {
        if (!period.until().isAfter(period.from())) {
            throw new Invalid(FieldError.of("until", "referral.statistics.until-after-from"));
        }
        if (period.until().isAfter(period.from().plus(LONGEST))) {
            throw new Invalid(FieldError.of("until", "referral.reports.period-too-long"));
        }
    }

    private static String grouped(String column, ReportPeriod period) {
        return "select " + column + ", count(r) from Referral r where" + cases(period) + " group by " + column;
    }

    /** The cases received in the period (at its contact point). */
    private static String cases(ReportPeriod period) {
        return " r.receivedAt >= :start and r.receivedAt < :end" + contactPoint(period);
    }

    /** The referrals to offers proposed in the period (for cases of its contact point). */
    private static String proposed(ReportPeriod period) {
        return " o.proposedAt >= :start and o.proposedAt < :end" + contactPoint(period);
    }

    private static String contactPoint(ReportPeriod period) {
        return period.contactPoint() == null ? "" : " and r.contactPointId = :contactPoint";
    }

    private static String percentile(double fraction, String duration) {
        // as a Double: Hibernate would type the percentile as the durations' whole seconds and round it (H2 down,
        // PostgreSQL's driver to the nearest)
        return "percentile_cont(" + fraction + ") within group (order by cast(" + duration + " as Double))";
    }

    private static <T> TypedQuery<T> inPeriod(TypedQuery<T> query, ReportPeriod period) {
        query.setParameter("start", period.start()).setParameter("end", period.end());
        if (period.contactPoint() != null) {
            query.setParameter("contactPoint", period.contactPoint());
        }
        return query;
    }

    private static Double days(Object seconds) {
        return seconds == null ? null : ((Number) seconds).doubleValue() / SECONDS_PER_DAY;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
