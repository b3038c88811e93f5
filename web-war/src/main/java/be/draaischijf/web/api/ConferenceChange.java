package be.draaischijf.web.api;

import be.draaischijf.referral.api.ConferenceDraft;

/**
 * Body of {@code POST /api/referrals/{id}/conferences} (version = the case's) and of
 * {@code PUT /api/conferences/{id}} (version = the conference's): the version read and the conference.
 */
public record ConferenceChange(Integer version, ConferenceDraft conference) {
}
