package be.draaischijf.web.api;

import be.draaischijf.referral.api.EventKind;

/** Body of {@code POST /api/referrals/{id}/notes}: NOTE, CALL or EMAIL, and its text. */
public record CaseNote(EventKind kind, String text) {
}
