package be.draaischijf.web.api;

import be.draaischijf.referral.api.CaseOutcome;
import be.draaischijf.referral.api.ReferralStatus;

/** Body of {@code POST /api/referrals/{id}/status}: the version read, the new status, the outcome when closing, a note. */
public record StatusChange(Integer version, ReferralStatus to, CaseOutcome outcome, String note) {
}
