package be.draaischijf.web.api;

import be.draaischijf.referral.api.LegalGround;

/** Body of {@code POST /api/referrals/{id}/sharing-ground}: the version read and the legal ground for sharing. */
public record SharingGround(Integer version, LegalGround ground) {
}
