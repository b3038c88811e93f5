package be.draaischijf.network.boundary;

import be.draaischijf.identity.api.Roles;
import be.draaischijf.network.api.SignalDraft;
import be.draaischijf.network.api.SignalFilter;
import be.draaischijf.network.api.SignalOverview;
import be.draaischijf.network.api.SignalSource;
import be.draaischijf.network.api.SignalView;
import be.draaischijf.network.api.Signals;
import be.draaischijf.network.api.ThemeCount;
import be.draaischijf.network.api.ThemeDistrictCount;
import be.draaischijf.network.api.ThemeMonthCount;
import be.draaischijf.network.control.NetworkRecords;
import be.draaischijf.network.control.SignalCounts;
import be.draaischijf.network.entity.Signal;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.referral.api.CaseFilter;
import be.draaischijf.referral.api.ReferralCases;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The network's signals (ADR 0045), for coordinators and administrators. Codes are checked against the partner
 * module's reference lists; a case is checked through the case module's own search, by reference, and nothing of it
 * is copied. The overviews are counted by the database (grouped counts).
 */
@Stateless
@RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
@Interceptors(ParameterValidation.class)
public class SignalsBean implements Signals {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** The most case references a theme page asks the case module about. */
    static final int MAX_REFERENCES = 1000;

    @PersistenceContext(unitName = "network")
    EntityManager em;

    @Inject
    NetworkRecords records;

    @Inject
    SignalCounts counts;

    @EJB
    ReferralCases cases;

    Clock clock = Clock.system(BRUSSELS);

    @Override
    public SignalView add(SignalDraft draft) {
        String actor = records.coordinator();
        List<FieldError> errors = new ArrayList<>();
        if (draft.date().isAfter(LocalDate.now(clock))) {
            errors.add(FieldError.of("date", "network.signal.date.future"));
        }
        if (draft.source() == SignalSource.FORUM) {
            if (blank(draft.forumCode())) {
                errors.add(FieldError.of("forumCode", "network.signal.forum.required"));
            } else if (!ReferenceItem.isActive(records.items(ReferenceList.CONSULTATION_FORUM), draft.forumCode())) {
                errors.add(FieldError.of("forumCode", "network.signal.forum.unknown"));
            }
        }
        String reference = null;
        if (draft.source() == SignalSource.CASE) {
            reference = blank(draft.caseReference()) ? null : draft.caseReference().strip().toUpperCase(Locale.ROOT);
            FieldError caseError = caseError(reference);
            if (caseError != null) {
                errors.add(caseError);
            }
        }
        if (!ReferenceItem.isActive(records.items(ReferenceList.DISTRICT), draft.district())) {
            errors.add(FieldError.of("district", "network.signal.district.unknown"));
        }
        List<ReferenceItem> themes = records.items(ReferenceList.SIGNAL_THEME);
        List<String> unknown = draft.themes().stream().filter(code -> !ReferenceItem.isActive(themes, code)).toList();
        if (!unknown.isEmpty()) {
            errors.add(FieldError.of("themes", "network.signal.themes.unknown", "codes", String.join(", ", unknown)));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        Signal signal = new Signal(draft.date(), draft.source(), draft.forumCode(), reference, draft.district(),
                draft.themes(), draft.description(), draft.broughtBy(), actor, clock.instant());
        em.persist(signal);
        em.flush();
        return signal.toView();
    }

    /**
     * What is wrong with the case a signal names, or null when it exists: asked through the case module's workbench
     * count (coordinators only: a search's count says whether someone has a case), by reference, without reading it.
     */
    private FieldError caseError(String reference) {
        if (reference == null) {
            return FieldError.of("caseReference", "network.signal.case-reference.required");
        }
        if (!records.isCoordinator()) {
            return FieldError.of("caseReference", "network.signal.case.coordinators-only");
        }
        CaseFilter byReference = new CaseFilter(null, null, null, null, null, null, null, false, false, reference);
        return cases.count(byReference) == 0
                ? FieldError.of("caseReference", "network.signal.case.unknown", "reference", reference) : null;
    }

    @Override
    public SignalView find(UUID id) {
        records.coordinator();
        Signal signal = em.find(Signal.class, id);
        if (signal == null) {
            throw new NotFound("network.signal.unknown");
        }
        return signal.toView();
    }

    @Override
    public List<SignalView> list(SignalFilter filter, int offset, int size) {
        records.coordinator();
        return filtered("select s from Signal s", filter, " order by s.signalDate desc, s.recordedAt desc, s.id", Signal.class)
                .setFirstResult(offset).setMaxResults(size)
                .getResultStream().map(Signal::toView).toList();
    }

    @Override
    public long count(SignalFilter filter) {
        records.coordinator();
        return filtered("select count(s) from Signal s", filter, "", Long.class).getSingleResult();
    }

    @Override
    public SignalOverview overview(LocalDate from, LocalDate until) {
        records.coordinator();
        if (!until.isAfter(from)) {
            throw new Invalid(FieldError.of("until", "network.statistics.until-after-from"));
        }
        long total = em.createQuery("select count(s) from Signal s where s.signalDate >= :from and s.signalDate < :until",
                        Long.class)
                .setParameter("from", from).setParameter("until", until).getSingleResult();
        List<ThemeCount> perTheme = counts.perTheme(from, until);
        // per theme and day, counted by the database; the days folded into their months here (a month is no column)
        Map<String, Map<YearMonth, Long>> months = new TreeMap<>();
        for (Object[] row : em.createQuery("select t, s.signalDate, count(s) from Signal s join s.themes t"
                        + " where s.signalDate >= :from and s.signalDate < :until group by t, s.signalDate", Object[].class)
                .setParameter("from", from).setParameter("until", until).getResultList()) {
            months.computeIfAbsent((String) row[0], theme -> new TreeMap<>())
                    .merge(YearMonth.from((LocalDate) row[1]), ((Number) row[2]).longValue(), Long::sum);
        }
        List<ThemeMonthCount> perMonth = new ArrayList<>();
        months.forEach((theme, byMonth) -> byMonth.forEach((month, signals) -> perMonth.add(new ThemeMonthCount(theme, month, signals))));
        List<ThemeDistrictCount> perDistrict = em.createQuery("select t, s.district, count(s) from Signal s join s.themes t"
                        + " where s.signalDate >= :from and s.signalDate < :until group by t, s.district", Object[].class)
                .setParameter("from", from).setParameter("until", until).getResultList().stream()
                .map(row -> new ThemeDistrictCount((String) row[0], (String) row[1], ((Number) row[2]).longValue()))
                .sorted(Comparator.comparing(ThemeDistrictCount::theme).thenComparing(ThemeDistrictCount::district))
                .toList();
        return new SignalOverview(from, until, total, perTheme, perMonth, perDistrict);
    }

    @Override
    public List<ThemeCount> perTheme() {
        records.coordinator();
        return counts.perTheme();
    }

    @Override
    public List<String> caseReferences(String theme) {
        records.coordinator();
        return em.createQuery("select distinct s.caseReference from Signal s where :theme member of s.themes"
                        + " and s.caseReference is not null order by s.caseReference", String.class)
                .setParameter("theme", theme).setMaxResults(MAX_REFERENCES).getResultList();
    }

    /** A query with the filter's conditions (each only when set). */
    private <T> TypedQuery<T> filtered(String select, SignalFilter filter, String orderBy, Class<T> type) {
        List<String> conditions = new ArrayList<>();
        if (filter.theme() != null) {
            conditions.add(":theme member of s.themes");
        }
        if (filter.district() != null) {
            conditions.add("s.district = :district");
        }
        if (filter.from() != null) {
            conditions.add("s.signalDate >= :from");
        }
        if (filter.until() != null) {
            conditions.add("s.signalDate < :until");
        }
        TypedQuery<T> query = em.createQuery(select + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + orderBy, type);
        if (filter.theme() != null) {
            query.setParameter("theme", filter.theme());
        }
        if (filter.district() != null) {
            query.setParameter("district", filter.district());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.until() != null) {
            query.setParameter("until", filter.until());
        }
        return query;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
