package be.draaischijf.referral.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A whole case as coordinators see it (professionals get their own case without timeline, conferences
 * and duplicates). {@code version} goes back with every change (optimistic locking).
 */
public record CaseDetail(
        UUID id,
        String reference,
        ReferralStatus status,
        CaseOutcome outcome,
        Instant receivedAt,
        String submittedBy,
        Intake intake,
        int age,
        String coordinator,
        LocalDate followUpOn,
        boolean overdue,
        LegalGround sharingGround,
        int version,
        Set<ReferralStatus> next,
        List<OfferReferralView> offerReferrals,
        List<TimelineEntry> timeline,
        List<ConferenceView> conferences,
        List<UnmetNeedView> unmetNeeds,
        List<ReferralSummary> possibleDuplicates,
        List<UUID> linkedCases) {

    public CaseDetail {
        next = Set.copyOf(next);
        offerReferrals = List.copyOf(offerReferrals);
        timeline = List.copyOf(timeline);
        conferences = List.copyOf(conferences);
        unmetNeeds = List.copyOf(unmetNeeds);
        possibleDuplicates = List.copyOf(possibleDuplicates);
        linkedCases = List.copyOf(linkedCases);
    }
}
