package be.draaischijf.web.reports;

import be.draaischijf.network.api.ThemeCount;
import be.draaischijf.referral.api.AgeBand;
import be.draaischijf.referral.api.CapacityGapCase;
import be.draaischijf.referral.api.CapacityGapRow;
import be.draaischijf.referral.api.CaseOutcome;
import be.draaischijf.referral.api.ConferenceCounts;
import be.draaischijf.referral.api.GroupCount;
import be.draaischijf.referral.api.LeadTime;
import be.draaischijf.referral.api.PartnerReferralCounts;
import be.draaischijf.referral.api.ReportGrouping;
import be.draaischijf.referral.api.SchoolStatus;
import be.draaischijf.referral.api.Urgency;
import be.draaischijf.training.api.TrainingCounts;
import be.draaischijf.web.reports.ReportTable.Cell;
import be.draaischijf.web.reports.ReportTable.Column;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * A report's figures shaped into sections, in the report's language: each a table (the chart's text alternative) and
 * the chart of it. The same sections make the page, the CSV, XLSX and PDF downloads and the annual report, so that
 * every one of them says the same. Rows are in the order a person expects: months in time, reference lists' codes by
 * their label, age bands from young to old, the rest as the modules sort them.
 */
public final class ReportSections {

    /** The sections of a report, in the order the page shows them. */
    public static final List<String> KEYS = List.of("month", "problemArea", "district", "sector", "ageBand",
            "schoolStatus", "urgency", "outcome", "leadTimes", "offerReferrals", "conferences", "capacityGap", "signals",
            "trainings");

    private ReportSections() {
    }

    /** Every section of the report, in {@link #KEYS} order. */
    public static List<ReportSection> all(ReportData data, ReportTexts texts) {
        List<ReportSection> sections = new ArrayList<>();
        for (ReportGrouping grouping : ReportGrouping.values()) {
            sections.add(referrals(grouping, data.referrals().getOrDefault(grouping, List.of()), data.from(), data.to(), texts));
        }
        sections.add(leadTimes(data.leadTimes(), texts));
        sections.add(offerReferrals(data.offerReferrals(), texts));
        sections.add(conferences(data.conferences(), texts));
        sections.add(capacityGap(data.capacityGap(), data.capacityGapCases(), data.acceptableWait(), texts));
        sections.add(signals(data.signals(), texts));
        sections.add(trainings(data.trainings(), texts));
        return sections;
    }

    /**
     * The cases received, per group. Months run from the period's first to its last, a month without cases as 0 (a
     * chart over time shows the gap); other groups only as the module counted them.
     */
    public static ReportSection referrals(ReportGrouping grouping, List<GroupCount> counts, LocalDate from, LocalDate to,
                                          ReportTexts texts) {
        String key = grouping.param();
        List<GroupCount> ordered = ordered(grouping, counts, from, to, texts);
        List<List<Cell>> rows = new ArrayList<>();
        for (GroupCount count : ordered) {
            rows.add(List.of(Cell.text(texts.group(grouping, count.key())), Cell.count(count.count(), texts)));
        }
        String countTitle = texts.text(grouping == ReportGrouping.OUTCOME ? "reports.column.cases" : "reports.column.referrals");
        ReportTable table = new ReportTable(key, title(key, texts),
                List.of(Column.text(texts.text("reportGrouping." + grouping.name())), Column.figure(countTitle)), rows);
        List<String> notes = switch (grouping) {
            case PROBLEM_AREA -> List.of(texts.text("reports.note.problemArea"));
            case OUTCOME -> List.of(texts.text("reports.note.outcome"));
            default -> List.of();
        };
        ReportChart.Kind kind = grouping == ReportGrouping.MONTH ? ReportChart.Kind.LINE : ReportChart.Kind.BAR;
        return section(key, notes, table, chart(kind, table, 1), null, "referrals?groupBy=" + key, texts);
    }

    /** Lead times: cases that reached each stage, the median and the 90th percentile in days. */
    public static ReportSection leadTimes(List<LeadTime> leadTimes, ReportTexts texts) {
        List<List<Cell>> rows = new ArrayList<>();
        for (LeadTime time : leadTimes) {
            rows.add(List.of(Cell.text(texts.text("leadTimeStage." + time.stage().name())), Cell.count(time.cases(), texts),
                    Cell.decimal(time.medianDays(), texts), Cell.decimal(time.p90Days(), texts)));
        }
        ReportTable table = new ReportTable("leadTimes", title("leadTimes", texts), List.of(
                Column.text(texts.text("reports.column.stage")), Column.figure(texts.text("reports.column.cases")),
                Column.figure(texts.text("reports.column.median")), Column.figure(texts.text("reports.column.p90"))), rows);
        boolean anyReached = leadTimes.stream().anyMatch(time -> time.medianDays() != null);
        return section("leadTimes", List.of(texts.text("reports.note.leadTimes")), table,
                anyReached ? chart(ReportChart.Kind.BAR, table, 2, 3) : null, null, "lead-times", texts);
    }

    /** Referrals to each partner's offers: proposed, answered (declined by reason), started, completed, reply time. */
    public static ReportSection offerReferrals(List<PartnerReferralCounts> partners, ReportTexts texts) {
        List<List<Cell>> rows = new ArrayList<>();
        for (PartnerReferralCounts partner : partners) {
            rows.add(List.of(Cell.text(partner.organisationName()), Cell.count(partner.proposed(), texts),
                    Cell.count(partner.accepted(), texts), Cell.count(partner.declined(), texts),
                    Cell.text(declineReasons(partner.declinedByReason(), texts)), Cell.count(partner.started(), texts),
                    Cell.count(partner.completed(), texts), Cell.decimal(partner.medianReplyDays(), texts)));
        }
        ReportTable table = new ReportTable("offerReferrals", title("offerReferrals", texts), List.of(
                Column.text(texts.text("reports.column.partner")), Column.figure(texts.text("reports.column.proposed")),
                Column.figure(texts.text("reports.column.accepted")), Column.figure(texts.text("reports.column.declined")),
                Column.text(texts.text("reports.column.declinedWhy")), Column.figure(texts.text("reports.column.started")),
                Column.figure(texts.text("reports.column.completed")), Column.figure(texts.text("reports.column.replyDays"))),
                rows);
        return section("offerReferrals", List.of(texts.text("reports.note.offerReferrals")), table,
                chart(ReportChart.Kind.BAR, table, 1, 2), null, "offer-referrals", texts);
    }

    /** "Geen plaats (2), Buiten de doelgroep (1)": the most frequent reason first. */
    static String declineReasons(Map<String, Long> byReason, ReportTexts texts) {
        if (byReason == null || byReason.isEmpty()) {
            return "";
        }
        return byReason.entrySet().stream()
                .filter(entry -> entry.getValue() != null && entry.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(entry -> texts.declineReason(entry.getKey())))
                .map(entry -> texts.declineReason(entry.getKey()) + " (" + texts.count(entry.getValue()) + ")")
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** The case conferences held and their agreed actions: done, done on time, overdue, still open. */
    public static ReportSection conferences(ConferenceCounts counts, ReportTexts texts) {
        ConferenceCounts c = counts == null ? new ConferenceCounts(0, 0, 0, 0, 0, 0) : counts;
        Map<String, Long> measures = new LinkedHashMap<>();
        measures.put("held", c.conferences());
        measures.put("actions", c.actions());
        measures.put("done", c.done());
        measures.put("doneOnTime", c.doneOnTime());
        measures.put("overdue", c.overdue());
        measures.put("open", c.open());
        return measures("conferences", "reports.conferences.", measures, texts.text("reports.note.conferences"), texts);
    }

    /** The training calendar: sessions, registrations, the waiting list, attendance and no-shows. */
    public static ReportSection trainings(TrainingCounts counts, ReportTexts texts) {
        TrainingCounts t = counts == null ? new TrainingCounts(0, 0, 0, 0, 0, 0, 0, 0) : counts;
        Map<String, Long> measures = new LinkedHashMap<>();
        measures.put("sessions", t.sessions());
        measures.put("cancelled", t.cancelled());
        measures.put("registrations", t.registrations());
        measures.put("confirmed", t.confirmed());
        measures.put("waiting", t.waiting());
        measures.put("promoted", t.promoted());
        measures.put("present", t.present());
        measures.put("noShows", t.noShows());
        return measures("trainings", "reports.trainings.", measures, texts.text("reports.note.trainings"), texts);
    }

    private static ReportSection measures(String key, String prefix, Map<String, Long> measures, String note,
                                          ReportTexts texts) {
        List<List<Cell>> rows = new ArrayList<>();
        measures.forEach((measure, count) -> rows.add(List.of(Cell.text(texts.text(prefix + measure)), Cell.count(count, texts))));
        ReportTable table = new ReportTable(key, title(key, texts), List.of(Column.text(texts.text("reports.column.what")),
                Column.figure(texts.text("reports.column.count"))), rows);
        boolean anything = measures.values().stream().anyMatch(count -> count > 0);
        return section(key, List.of(note), anything ? table : empty(table), anything ? chart(ReportChart.Kind.BAR, table, 1) : null,
                null, key, texts);
    }

    /** The signals per theme (the whole network). */
    public static ReportSection signals(List<ThemeCount> themes, ReportTexts texts) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ThemeCount theme : themes) {
            rows.add(List.of(Cell.text(texts.theme(theme.code())), Cell.count(theme.signals(), texts)));
        }
        ReportTable table = new ReportTable("signals", title("signals", texts), List.of(
                Column.text(texts.text("reports.column.theme")), Column.figure(texts.text("reports.column.signals"))), rows);
        return section("signals", List.of(texts.text("reports.note.signals")), table, chart(ReportChart.Kind.BAR, table, 1),
                null, "signals", texts);
    }

    /**
     * The capacity gap: its definition in words (with the acceptable wait, "6 weken"), the total, a row per problem
     * area, age band and district, a chart of the extra places per problem area, and the cases behind the figure for the
     * downloads (references only, no names), from which it can be counted again.
     */
    public static ReportSection capacityGap(List<CapacityGapRow> gap, List<CapacityGapCase> cases, Period acceptableWait,
                                            ReportTexts texts) {
        List<List<Cell>> rows = new ArrayList<>();
        Map<String, Double> perProblemArea = new LinkedHashMap<>();
        long total = 0;
        for (CapacityGapRow row : gap) {
            rows.add(List.of(Cell.text(texts.problemArea(row.problemArea())), Cell.text(texts.ageBand(row.ageBand())),
                    Cell.text(texts.district(row.district())), Cell.count(row.extraPlaces(), texts),
                    Cell.decimal(row.medianWaitWeeks(), texts),
                    Cell.text(row.fullOffers() == null ? "" : String.join(", ", row.fullOffers()))));
            perProblemArea.merge(texts.problemArea(row.problemArea()), (double) row.extraPlaces(), Double::sum);
            total += row.extraPlaces();
        }
        String extraPlaces = texts.text("reports.column.extraPlaces");
        ReportTable table = new ReportTable("capacityGap", title("capacityGap", texts), List.of(
                Column.text(texts.text("reports.column.problemArea")), Column.text(texts.text("reports.column.ageBand")),
                Column.text(texts.text("reports.column.district")), Column.figure(extraPlaces),
                Column.figure(texts.text("reports.column.medianWaitWeeks")),
                Column.text(texts.text("reports.column.fullOffers"))), rows);
        ReportChart chart = perProblemArea.isEmpty() ? null : new ReportChart(ReportChart.Kind.BAR,
                List.copyOf(perProblemArea.keySet()),
                List.of(new ReportChart.Series(extraPlaces, List.copyOf(perProblemArea.values()))));
        List<String> notes = List.of(texts.text("reports.gap.definition", texts.duration(acceptableWait)),
                texts.text("reports.gap.total", total));
        return section("capacityGap", notes, table, chart, capacityGapCases(cases, texts), "capacity-gap", texts);
    }

    /** The lines behind the capacity gap: a case's reference, problem area, age band, district, why, weeks waited. */
    public static ReportTable capacityGapCases(List<CapacityGapCase> cases, ReportTexts texts) {
        List<List<Cell>> rows = new ArrayList<>();
        for (CapacityGapCase line : cases) {
            rows.add(List.of(Cell.text(line.reference()), Cell.text(texts.problemArea(line.problemArea())),
                    Cell.text(texts.ageBand(line.ageBand())), Cell.text(texts.district(line.district())),
                    Cell.text(texts.why(line.why())), Cell.decimal(line.waitWeeks(), texts)));
        }
        return new ReportTable("capacityGapCases", texts.text("reports.section.capacityGapCases"), List.of(
                Column.text(texts.text("reports.column.reference")), Column.text(texts.text("reports.column.problemArea")),
                Column.text(texts.text("reports.column.ageBand")), Column.text(texts.text("reports.column.district")),
                Column.text(texts.text("reports.column.why")), Column.figure(texts.text("reports.column.waitWeeks"))), rows);
    }

    // ---- helpers

    private static ReportSection section(String key, List<String> notes, ReportTable table, ReportChart chart,
                                         ReportTable details, String apiPath, ReportTexts texts) {
        return new ReportSection(key, title(key, texts), notes, table, table.isEmpty() ? null : chart, details, apiPath);
    }

    private static String title(String key, ReportTexts texts) {
        return texts.text("reports.section." + key);
    }

    private static ReportChart chart(ReportChart.Kind kind, ReportTable table, int... columns) {
        return table.isEmpty() ? null : ReportChart.of(kind, table, columns);
    }

    /** The same table without rows: nothing happened in the period. */
    private static ReportTable empty(ReportTable table) {
        return new ReportTable(table.key(), table.caption(), table.columns(), List.of());
    }

    /**
     * The groups in the order a person reads them: every month of the period (0 when none came in), a reference list's
     * codes by their label (the module sorts them by code, which the reader does not see), the enumerations in their
     * own order (young to old, low to high).
     */
    static List<GroupCount> ordered(ReportGrouping grouping, List<GroupCount> counts, LocalDate from, LocalDate to,
                                    ReportTexts texts) {
        List<GroupCount> given = counts == null ? List.of() : counts;
        return switch (grouping) {
            case MONTH -> months(given, from, to);
            case AGE_BAND -> byOrder(given, key -> ordinal(AgeBand.class, key));
            case SCHOOL_STATUS -> byOrder(given, key -> ordinal(SchoolStatus.class, key));
            case URGENCY -> byOrder(given, key -> ordinal(Urgency.class, key));
            case OUTCOME -> byOrder(given, key -> ordinal(CaseOutcome.class, key));
            case PROBLEM_AREA, DISTRICT, SECTOR -> given.stream()
                    .sorted(Comparator.comparing((GroupCount count) -> texts.group(grouping, count.key()),
                            String.CASE_INSENSITIVE_ORDER))
                    .toList();
        };
    }

    private static List<GroupCount> months(List<GroupCount> counts, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            return counts;
        }
        Map<String, Long> byMonth = new LinkedHashMap<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            byMonth.put(month.toString(), 0L);
        }
        for (GroupCount count : counts) {
            byMonth.merge(count.key(), count.count(), Long::sum);
        }
        return byMonth.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> new GroupCount(entry.getKey(), entry.getValue())).toList();
    }

    private static List<GroupCount> byOrder(List<GroupCount> counts, ToIntFunction<String> order) {
        return counts.stream().sorted(Comparator.comparingInt((GroupCount count) -> order.applyAsInt(count.key()))).toList();
    }

    private static <E extends Enum<E>> int ordinal(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name).ordinal();
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return Integer.MAX_VALUE;
        }
    }
}
