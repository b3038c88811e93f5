package be.draaischijf.web.api;

import be.draaischijf.referral.api.UnmetNeedDraft;

/** Body of {@code POST /api/referrals/{id}/unmet-needs}: the version read and the need, nested. */
public record UnmetNeedRecord(Integer version, UnmetNeedDraft need) {
}
