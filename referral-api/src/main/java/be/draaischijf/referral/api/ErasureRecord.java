package be.draaischijf.referral.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A case erased on request (GDPR article 17, ADR 0043): which case, when, and the administrator who approved it. The
 * reason they wrote is kept with the case; the audit log says that it was erased, by whom and when, never why.
 */
public record ErasureRecord(UUID caseId, String reference, Instant erasedAt, String erasedBy) {
}
