package be.draaischijf.referral.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * The partner's side of a referral: staff of the receiving organisation see the referrals sent to it (and
 * nothing else) and answer them; coordinators may answer on a partner's behalf (after a phone call).
 */
@Local
public interface OfferReferrals {

    /**
     * The referrals sent to the caller's organisation, open ones first, then newest first. Each referral listed is in
     * its case's audit log (the list shows the young person's name), as on the coordinators' workbench.
     */
    List<PartnerReferralView> forMyOrganisation(@Min(value = 0, message = "{draaischijf.not-negative}") int offset,
                                                @Min(value = 1, message = "{draaischijf.min}") @Max(value = 500, message = "{draaischijf.max}") int size);

    long countForMyOrganisation();

    /**
     * The referrals sent to the caller's organisation that wait for its answer (proposed, not yet accepted or
     * declined), the earliest reply-by date first (so the overdue ones lead), then the longest waiting. Like
     * {@link #forMyOrganisation}, each referral listed is in its case's audit log: the list shows the young person's name.
     */
    List<PartnerReferralView> awaitingMyAnswer(@Min(value = 1, message = "{draaischijf.min}") @Max(value = 500, message = "{draaischijf.max}") int size);

    /** How many referrals wait for the answer of the caller's organisation. */
    long countAwaitingMyAnswer();

    /** One referral, when it was sent to the caller's organisation (or the caller coordinates); the read is audited. */
    PartnerReferralView open(@NotNull(message = "{draaischijf.required}") UUID id);

    /**
     * The partner's answer: ACCEPTED, DECLINED (with a reason: an active code of the partner module's list of decline
     * reasons), STARTED, COMPLETED or STOPPED.
     *
     * @throws be.draaischijf.platform.refusal.NotAllowedNow    when the lifecycle forbids it
     * @throws be.draaischijf.platform.refusal.ChangedMeanwhile when {@code version} is not the current one
     */
    PartnerReferralView answer(@NotNull(message = "{draaischijf.required}") UUID id, int version, @NotNull(message = "{draaischijf.required}") OfferReferralStatus to,
                               @Pattern(regexp = "[A-Z0-9_]{1,40}", message = "{referral.offer-referral.reason.unknown}") String reason,
                               @Size(max = 2000, message = "{draaischijf.size.max}") String note);

    /**
     * Escalates proposed referrals whose reply deadline passed to the case's coordinator (once each).
     *
     * @return how many were escalated
     */
    int escalateOverdue();
}
