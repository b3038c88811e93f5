package be.draaischijf.referral.control;

import be.draaischijf.referral.api.AgeBand;
import be.draaischijf.referral.api.CapacityGapCase;
import be.draaischijf.referral.api.CapacityGapRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The capacity gap's definition (ADR 0046) applied to the lines the database selected: one extra place per case and
 * problem area, however many unmet needs or long waits that case had for that area; the longest wait known for it;
 * grouped by problem area, age band at intake and district, with the median of the known waits.
 */
public final class CapacityGap {

    /** Why a referral to an offer counts: it waited longer than the acceptable time before the partner started. */
    public static final String WAITED = "WAITED";
    public static final double SECONDS_PER_WEEK = 604_800d;
    /** When one case and area count for several reasons, the line names the first of these. */
    private static final List<String> FIRST = List.of("NO_FITTING_OFFER", "NO_CAPACITY", "WAITING_TOO_LONG", WAITED);

    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());
    private static final Comparator<CapacityGapCase> LINE_ORDER = Comparator
            .comparing(CapacityGapCase::problemArea, NULLS_LAST)
            .thenComparing(CapacityGapCase::ageBand, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CapacityGapCase::district, NULLS_LAST)
            .thenComparing(CapacityGapCase::reference);

    /** A group of the report: problem area, age band at intake and district (either may be null). */
    public record Group(String problemArea, AgeBand ageBand, String district) {
    }

    private final Map<List<String>, CapacityGapCase> lines = new LinkedHashMap<>();

    /** A case counts for a problem area, for this reason, having waited this many weeks (null: unknown). */
    public void add(String reference, String problemArea, AgeBand ageBand, String district, String why, Double waitWeeks) {
        lines.merge(List.of(reference, problemArea), new CapacityGapCase(reference, problemArea, ageBand, district, why, waitWeeks),
                (known, next) -> new CapacityGapCase(reference, problemArea, known.ageBand(), known.district(),
                        FIRST.indexOf(next.why()) < FIRST.indexOf(known.why()) ? next.why() : known.why(),
                        longest(known.waitWeeks(), next.waitWeeks())));
    }

    /** The lines, one per case and problem area, in the report's order. */
    public List<CapacityGapCase> cases() {
        return lines.values().stream().sorted(LINE_ORDER).toList();
    }

    /** The report's rows from its lines, and the offers found full per group. */
    public static List<CapacityGapRow> rows(List<CapacityGapCase> cases, Map<Group, List<String>> fullOffers) {
        Map<Group, List<CapacityGapCase>> groups = new LinkedHashMap<>();
        for (CapacityGapCase line : cases.stream().sorted(LINE_ORDER).toList()) {
            groups.computeIfAbsent(new Group(line.problemArea(), line.ageBand(), line.district()), g -> new ArrayList<>())
                    .add(line);
        }
        List<CapacityGapRow> rows = new ArrayList<>();
        groups.forEach((group, lines) -> rows.add(new CapacityGapRow(group.problemArea(), group.ageBand(), group.district(),
                lines.size(), median(lines.stream().map(CapacityGapCase::waitWeeks).filter(Objects::nonNull).toList()),
                List.copyOf(new TreeSet<>(fullOffers.getOrDefault(group, List.of()))))));
        return rows;
    }

    /** The median (the mean of the two middle values for an even count), null for none. */
    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static Double longest(Double a, Double b) {
        return a == null ? b : b == null ? a : Math.max(a, b);
    }
}
