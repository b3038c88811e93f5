package be.draaischijf.referral.api;

/**
 * Why a partner no longer sees the young person's details of a referral (only its reference, offer and status): the
 * referral rested on consent and consent was withdrawn, or the referral ended longer ago than the partner needs them
 * (need to know in time, {@code draaischijf.referrals.partner-details-days}), or the case was anonymised (after its
 * retention period, or erased on request: the details are gone, ADR 0043). Labels as {@code detailsWithheld.<NAME>}.
 */
public enum DetailsWithheld {
    CONSENT_WITHDRAWN, REFERRAL_ENDED, ANONYMISED
}
