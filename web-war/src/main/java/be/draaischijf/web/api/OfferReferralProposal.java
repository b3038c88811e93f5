package be.draaischijf.web.api;

import java.util.UUID;

/** Body of {@code POST /api/referrals/{id}/offer-referrals}: the version read and the partner offer to refer to. */
public record OfferReferralProposal(Integer version, UUID offerId) {
}
