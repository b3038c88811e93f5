package be.draaischijf.referral.api;

/** Where a case stands; labels in the web module's bundles as {@code referralStatus.<NAME>}. */
public enum ReferralStatus {
    NEW, IN_ANALYSIS, ADVICE, REFERRED, CASE_CONFERENCE, UNMET_NEED, FOLLOW_UP, CLOSED
}
