package be.draaischijf.referral.control;

import be.draaischijf.referral.api.CaseFilter;
import be.draaischijf.referral.api.CaseSort;
import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.referral.api.ReferralSummary;
import be.draaischijf.referral.entity.Referral;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The coordinators' workbench: cases by filter, one page at a time, every order walking an index; a search finds a
 * case by its reference, the young person's birth date or (part of) their name.
 */
@Dependent
public class CaseSearch {

    /** Open first, earliest follow-up (overdue) first, newest first: the order of index referral_workbench_idx. */
    private static final String WORKBENCH_ORDER = "r.open desc, r.followUpOn asc, r.receivedAt desc, r.id asc";

    /** A case's reference as people type it: {@code DS-2026-0001}, in any case. */
    private static final Pattern REFERENCE = Pattern.compile("(?i)DS-\\d{4}-\\d{4,}");

    /** A day as people write it here: 14/3/2010 or 14/03/2010. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** What {@code like} treats as wildcards, and the character that makes them plain (in the query: escape '!'). */
    private static final Pattern WILDCARD = Pattern.compile("[!%_]");

    @PersistenceContext(unitName = "referral")
    EntityManager em;

    public CaseSearch() {
    }

    /** Outside the container (module tests): over this database. */
    public CaseSearch(EntityManager em) {
        this.em = em;
    }

    /** One page of cases matching the filter, in the chosen order. */
    public List<ReferralSummary> page(CaseFilter filter, CaseSort sort, boolean ascending, int offset, int size,
                                      LocalDate today) {
        String direction = ascending ? " asc" : " desc";
        // every order is an index walked forwards or backwards (referral_workbench_idx, referral_received_idx,
        // referral_follow_up_idx, the reference's unique index): a page costs the same at 1 000 and 100 000 cases
        String order = switch (sort) {
            case OVERDUE_FIRST -> ascending ? WORKBENCH_ORDER : "r.open asc, r.followUpOn desc, r.receivedAt asc, r.id desc";
            case RECEIVED -> "r.receivedAt" + direction + ", r.id" + direction;
            case FOLLOW_UP -> "r.followUpOn" + direction + ", r.id" + direction;
            case REFERENCE -> "r.reference" + direction;
        };
        // two steps: the page's ids alone, then those rows. Asked for every column at once, H2 judged reading the
        // whole table and sorting it cheaper than walking the index (5 s at 100 000 cases, spilled to disk)
        TypedQuery<UUID> query = em.createQuery("select r.id from Referral r" + where(filter) + " order by " + order,
                UUID.class);
        bind(query, filter, today);
        List<UUID> page = query.setFirstResult(offset).setMaxResults(size).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<UUID, Referral> rows = em.createQuery("select r from Referral r where r.id in :ids", Referral.class)
                .setParameter("ids", page)
                .getResultStream().collect(Collectors.toMap(Referral::getId, r -> r));
        return page.stream().map(rows::get).filter(Objects::nonNull).map(r -> r.toSummaryWithName(today)).toList();
    }

    /** How many cases match: exact without filters, else exact up to {@link ReferralCases#COUNT_LIMIT}. */
    public long count(CaseFilter filter, LocalDate today) {
        if (filter.equals(CaseFilter.none())) {
            return em.createQuery("select count(r) from Referral r", Long.class).getSingleResult();
        }
        // in no particular order, so that the database stops at the limit instead of reading every case
        TypedQuery<UUID> query = em.createQuery("select r.id from Referral r" + where(filter), UUID.class);
        bind(query, filter, today);
        return query.setMaxResults(ReferralCases.COUNT_LIMIT).getResultList().size();
    }

    private static String where(CaseFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add("r.status = :status");
        }
        if (filter.coordinator() != null) {
            conditions.add("r.coordinator = :coordinator");
        }
        if (filter.district() != null) {
            conditions.add("r.district = :district");
        }
        if (filter.contactPointId() != null) {
            conditions.add("r.contactPointId = :contactPoint");
        }
        if (filter.problemArea() != null) {
            conditions.add(":problemArea member of r.problemAreas");
        }
        if (filter.urgency() != null) {
            conditions.add("r.urgency = :urgency");
        }
        if (filter.ageBand() != null) {
            conditions.add("r.youngBirthDate between :bornFrom and :bornTo");
        }
        if (filter.overdueOnly()) {
            conditions.add("r.open = true and r.followUpOn < :today");
        }
        if (filter.openOnly()) {
            conditions.add("r.open = true");
        }
        String query = query(filter);
        if (query != null) {
            if (reference(query) != null) {
                conditions.add("r.reference = :reference");
            } else if (day(query) != null) {
                conditions.add("r.youngBirthDate = :born");
            } else {
                // contains, in any case, on H2 and PostgreSQL alike: no index serves it, the other filters narrow it
                conditions.add("(lower(r.youngFirstName) like :name escape '!' or lower(r.youngLastName) like :name escape '!'"
                        + " or lower(concat(r.youngFirstName, ' ', r.youngLastName)) like :name escape '!')");
            }
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(TypedQuery<?> query, CaseFilter filter, LocalDate today) {
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.coordinator() != null) {
            query.setParameter("coordinator", filter.coordinator());
        }
        if (filter.district() != null) {
            query.setParameter("district", filter.district());
        }
        if (filter.contactPointId() != null) {
            query.setParameter("contactPoint", filter.contactPointId());
        }
        if (filter.problemArea() != null) {
            query.setParameter("problemArea", filter.problemArea());
        }
        if (filter.urgency() != null) {
            query.setParameter("urgency", filter.urgency());
        }
        if (filter.ageBand() != null) {
            query.setParameter("bornFrom", filter.ageBand().bornOnOrAfter(today));
            query.setParameter("bornTo", filter.ageBand().bornOnOrBefore(today));
        }
        if (filter.overdueOnly()) {
            query.setParameter("today", today);
        }
        String text = query(filter);
        if (text != null) {
            String reference = reference(text);
            LocalDate day = reference == null ? day(text) : null;
            if (reference != null) {
                query.setParameter("reference", reference);
            } else if (day != null) {
                query.setParameter("born", day);
            } else {
                query.setParameter("name", "%" + WILDCARD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("!$0") + "%");
            }
        }
    }

    /** The search text without surrounding spaces; null when nothing was typed. */
    private static String query(CaseFilter filter) {
        return filter.query() == null || filter.query().isBlank() ? null : filter.query().strip();
    }

    /** The reference the text is, as references are stored (upper case); null when it is none. */
    static String reference(String text) {
        return REFERENCE.matcher(text).matches() ? text.toUpperCase(Locale.ROOT) : null;
    }

    /** The day the text is (d/m/yyyy, dd/mm/yyyy or yyyy-mm-dd); null when it is none. */
    static LocalDate day(String text) {
        try {
            return text.indexOf('/') >= 0 ? LocalDate.parse(text, DAY) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
