package be.draaischijf.web.api;

import java.time.LocalDate;

/** Body of {@code POST /api/referrals/{id}/assignment}: the version read, a coordinator's username, the follow-up date. */
public record Assignment(Integer version, String coordinator, LocalDate followUpOn) {
}
