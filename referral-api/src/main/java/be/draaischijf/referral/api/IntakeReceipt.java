package be.draaischijf.referral.api;

/**
 * What an intake with a request key got (ADR 0049): the case, and whether this was a retry of a request already done
 * ({@code replayed}: the case the first one created, nothing new made or mailed).
 */
public record IntakeReceipt(ReferralSummary summary, boolean replayed) {
}
