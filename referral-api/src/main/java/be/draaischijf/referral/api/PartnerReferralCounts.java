package be.draaischijf.referral.api;

import java.io.Serializable;
import java.util.Map;
import java.util.UUID;

/**
 * The referrals to one partner organisation's offers proposed in a period: how many, how they were answered (declined
 * per decline-reason code), started and completed, and the median days from proposal to answer (null when none was
 * answered).
 */
public record PartnerReferralCounts(
        UUID organisationId,
        String organisationName,
        long proposed,
        long accepted,
        long declined,
        Map<String, Long> declinedByReason,
        long started,
        long completed,
        Double medianReplyDays) implements Serializable {
}
