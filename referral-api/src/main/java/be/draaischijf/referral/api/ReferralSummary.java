package be.draaischijf.referral.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case as a list shows it: a reference and what a coordinator triages on; no name or birth date of
 * the young person (only the age band).
 */
public record ReferralSummary(
        UUID id,
        String reference,
        ReferralStatus status,
        String district,
        UUID contactPointId,
        Instant receivedAt,
        Urgency urgency,
        AgeBand ageBand,
        String coordinator,
        LocalDate followUpOn,
        boolean overdue) {
}
