package be.draaischijf.web.api;

import be.draaischijf.referral.api.OfferReferralStatus;

/** Body of {@code POST /api/offer-referrals/{id}/answer}: the version read, the new status, a reason when declining, a note. */
public record OfferReferralAnswer(Integer version, OfferReferralStatus to, String reason, String note) {
}
