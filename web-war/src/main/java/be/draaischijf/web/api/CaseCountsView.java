package be.draaischijf.web.api;

import be.draaischijf.referral.api.CaseCounts;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Answer of {@code GET /api/statistics/cases}: the cases received in [{@code from}, {@code until}) counted, overall and
 * per month, problem area, district, age band, sector, outcome and lead time; each map keyed by its code (a month as
 * {@code 2026-03}, a lead time in whole days), in the referral module's order, without zero entries. The counts stay the
 * same when cases are anonymised or erased.
 */
@Schema(description = "Tellingen van dossiers die binnenkwamen in [from, until); dezelfde voor en na het anonimiseren")
public record CaseCountsView(
        LocalDate from,
        @Schema(description = "De eerste dag die niet meer meetelt") LocalDate until,
        int total,
        @Schema(description = "Per maand (jjjj-mm)") Map<String, Integer> perMonth,
        @Schema(description = "Per probleemgebied (code); een dossier telt bij elk van zijn gebieden") Map<String, Integer> perProblemArea,
        @Schema(description = "Per wijk (code)") Map<String, Integer> perDistrict,
        @Schema(description = "Per leeftijdsgroep bij de aanmelding (UNDER_12, FROM_12_TO_15, …)") Map<String, Integer> perAgeBand,
        @Schema(description = "Per sector van de aanmelder (code)") Map<String, Integer> perSector,
        @Schema(description = "Per afloop van afgesloten dossiers") Map<String, Integer> perOutcome,
        @Schema(description = "Afgesloten dossiers per doorlooptijd in hele dagen") Map<String, Integer> perLeadTimeDays) {

    static CaseCountsView of(LocalDate from, LocalDate until, CaseCounts counts) {
        return new CaseCountsView(from, until, counts.total(), keyed(counts.perMonth()), keyed(counts.perProblemArea()),
                keyed(counts.perDistrict()), keyed(counts.perAgeBand()), keyed(counts.perSector()), keyed(counts.perOutcome()),
                keyed(counts.perLeadTimeDays()));
    }

    /** The same counts under their keys as text (a month, an enum constant, a number of days), in the same order. */
    private static Map<String, Integer> keyed(Map<?, Integer> counts) {
        Map<String, Integer> keyed = new LinkedHashMap<>();
        if (counts != null) {
            counts.forEach((key, count) -> keyed.put(key instanceof Enum<?> constant ? constant.name() : String.valueOf(key), count));
        }
        return keyed;
    }
}
