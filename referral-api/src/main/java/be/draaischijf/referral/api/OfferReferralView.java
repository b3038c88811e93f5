package be.draaischijf.referral.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A referral of a case to one partner offer, and where it stands. */
public record OfferReferralView(
        UUID id,
        UUID caseId,
        String caseReference,
        UUID offerId,
        String offerName,
        UUID organisationId,
        String organisationName,
        OfferReferralStatus status,
        String declineReason,
        String note,
        LocalDate replyBy,
        boolean replyOverdue,
        Instant proposedAt,
        Instant updatedAt,
        int version,
        Set<OfferReferralStatus> next) implements Serializable {

    public OfferReferralView {
        next = Set.copyOf(next);
    }
}
