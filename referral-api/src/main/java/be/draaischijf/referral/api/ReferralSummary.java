package be.draaischijf.referral.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A case as a list shows it: a reference, no name or birth date of the young person.
 */
public record ReferralSummary(
        UUID id,
        String reference,
        ReferralStatus status,
        String district,
        Instant receivedAt) {
}
