package be.draaischijf.web.reports;

import be.draaischijf.network.api.ThemeCount;
import be.draaischijf.referral.api.CapacityGapCase;
import be.draaischijf.referral.api.CapacityGapRow;
import be.draaischijf.referral.api.ConferenceCounts;
import be.draaischijf.referral.api.GroupCount;
import be.draaischijf.referral.api.LeadTime;
import be.draaischijf.referral.api.PartnerReferralCounts;
import be.draaischijf.referral.api.ReportGrouping;
import be.draaischijf.training.api.TrainingCounts;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every figure of one report, as the modules counted them: from {@code from} up to and including {@code to}, for one
 * contact point or (null) the whole network. Kept with the page's view, so that showing it again (or in the other
 * language of the same view) asks no module anything.
 */
public record ReportData(
        LocalDate from,
        LocalDate to,
        UUID contactPoint,
        String contactPointName,
        Map<ReportGrouping, List<GroupCount>> referrals,
        List<LeadTime> leadTimes,
        List<PartnerReferralCounts> offerReferrals,
        ConferenceCounts conferences,
        List<CapacityGapRow> capacityGap,
        List<CapacityGapCase> capacityGapCases,
        List<ThemeCount> signals,
        TrainingCounts trainings,
        Period acceptableWait) implements Serializable {

    public ReportData {
        referrals = referrals.isEmpty() ? new EnumMap<>(ReportGrouping.class) : new EnumMap<>(referrals);
    }

    /** The cases received in the period (each once: the months add up to it). */
    public long received() {
        return referrals.getOrDefault(ReportGrouping.MONTH, List.of()).stream().mapToLong(GroupCount::count).sum();
    }

    /** The extra places the capacity gap counts in the period. */
    public long extraPlaces() {
        return capacityGap.stream().mapToLong(CapacityGapRow::extraPlaces).sum();
    }
}
