package be.draaischijf.referral.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A whole case as coordinators see it (professionals get their own case without timeline, conferences
 * and duplicates). {@code version} goes back with every change (optimistic locking). The consent in force is in the
 * intake (who, when, how; after {@link ReferralCases#recordConsent} too); {@code consentWithdrawn} says who withdrew the
 * last consent, when and how (null while consent stands or none was withdrawn).
 * <p>
 * {@code anonymised}: the case was anonymised after its retention period or erased on request (ADR 0043). Then the
 * young person's name, birth date, postcode, school, question and what was tried are null in {@code intake}, as are
 * who asked (name, organisation, function, e-mail, phone; the sector stays); {@code age} is the lowest age of the
 * band the young person was in at intake; notes, minutes and other written texts are empty. What stays: reference,
 * status, outcome, dates, problem areas, district, urgency, channel, contact point, the referrals' offers and statuses.
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
        UUID contactPointId,
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
        List<UUID> linkedCases,
        ConsentWithdrawal consentWithdrawn,
        boolean anonymised) implements Serializable {

    public CaseDetail {
        next = Set.copyOf(next);
        offerReferrals = List.copyOf(offerReferrals);
        timeline = List.copyOf(timeline);
        conferences = List.copyOf(conferences);
        unmetNeeds = List.copyOf(unmetNeeds);
        possibleDuplicates = List.copyOf(possibleDuplicates);
        linkedCases = List.copyOf(linkedCases);
    }

    /** Whether the case may move to this status now, or is there already (a referral, a conference, an unmet need). */
    public boolean reachable(ReferralStatus status) {
        return this.status == status || next.contains(status);
    }

    /** Whether the case has a referral to this offer that is still running: no second one to the same offer. */
    public boolean referredTo(UUID offerId) {
        return offerReferrals.stream().anyMatch(r -> r.offerId().equals(offerId) && r.status().isRunning());
    }

    /**
     * Whether the case may be shared with a partner: consent that counts (a parent's, or the young person's own from 12),
     * or another legal ground than consent.
     */
    public boolean sharingAllowed() {
        return intake.hasConsent() || (sharingGround != null && sharingGround != LegalGround.CONSENT);
    }
}
