package be.draaischijf.referral.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case as a list shows it: a reference and what a coordinator triages on; no birth date of the young person (only
 * the age band). The young person's first and last name only on the coordinators' workbench, where showing them is
 * audited ({@link ReferralCases#workbench}); {@code null} elsewhere. {@code anonymised}: the case was anonymised (after
 * its retention period or on request, ADR 0043): no names, and the age band is the one at intake.
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
        boolean overdue,
        String youngFirstName,
        String youngLastName,
        boolean anonymised) implements Serializable {
}
