package be.draaischijf.referral.api;

import java.time.Instant;

/** One line of a case's append-only audit log: who read or changed it, and when. */
public record AuditEntry(Instant at, String actor, String action, String detail) {
}
