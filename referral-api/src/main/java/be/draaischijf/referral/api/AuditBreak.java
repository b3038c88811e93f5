package be.draaischijf.referral.api;

import java.io.Serializable;
import java.util.UUID;

/**
 * Where a case's audit chain breaks: the case (its reference; null when the case itself is gone), the number of the
 * line ({@code seq}: the changed line, the first missing one, or for a head mismatch the last line the head names)
 * and what is wrong.
 */
public record AuditBreak(UUID caseId, String reference, long seq, AuditProblem problem) implements Serializable {
}
