package be.draaischijf.web.api;

import be.draaischijf.network.api.ThemeCount;
import be.draaischijf.referral.api.CapacityGapRow;
import be.draaischijf.referral.api.ConferenceCounts;
import be.draaischijf.referral.api.GroupCount;
import be.draaischijf.referral.api.LeadTime;
import be.draaischijf.referral.api.PartnerReferralCounts;
import be.draaischijf.referral.api.ReportGrouping;
import be.draaischijf.training.api.TrainingCounts;
import be.draaischijf.web.reports.ReportData;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Answer of {@code GET /api/reports}: every figure of a period at once, as the separate operations answer them; the
 * referrals per grouping under its {@code groupBy} value.
 */
@Schema(description = "Alle cijfers van een periode: from tot en met to, voor één contactpunt of (zonder) het hele netwerk")
public record ReportsOverview(
        LocalDate from,
        @Schema(description = "De laatste dag die meetelt") LocalDate to,
        @Schema(description = "Het contactpunt, of null voor het hele netwerk") UUID contactPoint,
        @Schema(description = "Dossiers die in de periode binnenkwamen") long received,
        @Schema(description = "Per groupBy-waarde (month, problemArea, …) de dossiers per groep: [{key, count}]")
        Map<String, List<GroupCount>> referrals,
        List<LeadTime> leadTimes,
        List<PartnerReferralCounts> offerReferrals,
        ConferenceCounts conferences,
        List<CapacityGapRow> capacityGap,
        @Schema(description = "Hoe lang wachten aanvaardbaar is (ISO-8601, P42D)") String acceptableWait,
        @Schema(description = "Hetzelfde in woorden (6 weken)") String acceptableWaitText,
        @Schema(description = "Signalen per thema, het hele netwerk") List<ThemeCount> signals,
        @Schema(description = "Vormingen die in de periode beginnen, het hele netwerk") TrainingCounts trainings) {

    static ReportsOverview of(ReportData data, String acceptableWaitText) {
        Map<String, List<GroupCount>> referrals = new LinkedHashMap<>();
        for (ReportGrouping grouping : ReportGrouping.values()) {
            referrals.put(grouping.param(), data.referrals().getOrDefault(grouping, List.of()));
        }
        return new ReportsOverview(data.from(), data.to(), data.contactPoint(), data.received(), referrals, data.leadTimes(),
                data.offerReferrals(), data.conferences(), data.capacityGap(),
                data.acceptableWait() == null ? null : data.acceptableWait().toString(), acceptableWaitText, data.signals(),
                data.trainings());
    }
}
