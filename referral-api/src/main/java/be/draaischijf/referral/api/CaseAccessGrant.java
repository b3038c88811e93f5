package be.draaischijf.referral.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * An administrator's access to the contents of one case ("break-glass", ADR 0042): which case, who (their username),
 * the reason they wrote, when it was granted and until when it holds. Administrators are not case workers: without a
 * grant that still holds they read no case, and each grant is in the case's audit log and timeline and mailed to its
 * coordinators.
 */
public record CaseAccessGrant(UUID caseId, String reference, String username, String reason, Instant grantedAt,
                              Instant expiresAt) implements Serializable {
}
