package be.draaischijf.referral.api;

/** Where a referral to one partner offer stands (closed loop: the partner answers and reports back). */
public enum OfferReferralStatus {
    PROPOSED, ACCEPTED, DECLINED, STARTED, COMPLETED, STOPPED
}
