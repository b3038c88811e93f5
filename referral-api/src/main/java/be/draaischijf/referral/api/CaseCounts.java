package be.draaischijf.referral.api;

import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many cases were received in a period, and how they divide (for the reports): per month received (Europe/Brussels),
 * per problem area (a case with two areas counts in both), per district, per age band at intake, per sector of who
 * asked, per outcome (closed cases), and per lead time in whole days from received to closed (closed cases). Computed
 * only from what a case keeps when it is anonymised (ADR 0043), so the counts are the same before and after. Every map
 * is sorted by its key and leaves out zero counts; a case without a value (no district, no sector) is in no entry of
 * that map.
 */
public record CaseCounts(
        int total,
        Map<YearMonth, Integer> perMonth,
        Map<String, Integer> perProblemArea,
        Map<String, Integer> perDistrict,
        Map<AgeBand, Integer> perAgeBand,
        Map<String, Integer> perSector,
        Map<CaseOutcome, Integer> perOutcome,
        Map<Integer, Integer> perLeadTimeDays) {

    public CaseCounts {
        perMonth = sorted(perMonth);
        perProblemArea = sorted(perProblemArea);
        perDistrict = sorted(perDistrict);
        perAgeBand = sorted(perAgeBand);
        perSector = sorted(perSector);
        perOutcome = sorted(perOutcome);
        perLeadTimeDays = sorted(perLeadTimeDays);
    }

    private static <K extends Comparable<? super K>> Map<K, Integer> sorted(Map<K, Integer> counts) {
        TreeMap<K, Integer> sorted = new TreeMap<>();
        if (counts != null) {
            counts.forEach((key, count) -> {
                if (key != null && count != null && count != 0) {
                    sorted.put(key, count);
                }
            });
        }
        return Collections.unmodifiableMap(sorted);
    }
}
