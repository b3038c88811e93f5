package be.draaischijf.referral.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Period;
import java.util.Collection;
import java.util.List;

/**
 * The network's reports on its cases (coordinators and administrators), ADR 0046. Every figure is counted by the
 * database (grouped counts, percentiles) from what a case keeps when it is anonymised (ADR 0043): no report loads
 * cases to count them, and the figures are the same before and after anonymisation.
 * <p>
 * Which records a period selects: cases received in it (referrals, lead times, outcomes); referrals to offers
 * proposed in it; case conferences held in it; for the capacity gap, unmet needs recorded in it and referrals to
 * offers proposed in it. A period with a contact point selects only that contact point's cases.
 *
 * @throws be.draaischijf.platform.refusal.Invalid for the field {@code until} when it is not after {@code from}
 */
@Local
public interface CaseReports {

    /** The cases received in the period, per group, sorted by key; groups without cases are left out. */
    List<GroupCount> referrals(@NotNull(message = "{draaischijf.required}") @Valid ReportPeriod period,
                               @NotNull(message = "{draaischijf.required}") ReportGrouping groupBy);

    /** Every {@link LeadTimeStage}, in its order. */
    List<LeadTime> leadTimes(@NotNull(message = "{draaischijf.required}") @Valid ReportPeriod period);

    /** Per partner organisation, sorted by name. */
    List<PartnerReferralCounts> offerReferrals(@NotNull(message = "{draaischijf.required}") @Valid ReportPeriod period);

    ConferenceCounts conferences(@NotNull(message = "{draaischijf.required}") @Valid ReportPeriod period);

    /**
     * The capacity gap (ADR 0046), sorted by problem area, age band and district; groups without extra places are left
     * out.
     */
    List<CapacityGapRow> capacityGap(@NotNull(message = "{draaischijf.required}") @Valid ReportPeriod period);

    /** The cases behind {@link #capacityGap}, one line per case and problem area (the export that reproduces it). */
    List<CapacityGapCase> capacityGapCases(@NotNull(message = "{draaischijf.required}") @Valid ReportPeriod period);

    /** How long a young person may wait for an offer to start before it counts in the capacity gap (config). */
    Period acceptableWait();

    /** The problem areas and offers of the cases with these references (unknown references are left out). */
    RelatedCases related(@NotNull(message = "{draaischijf.required}") Collection<String> references);
}
