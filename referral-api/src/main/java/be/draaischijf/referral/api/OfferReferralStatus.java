package be.draaischijf.referral.api;

import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a referral to one partner offer stands (closed loop: the partner answers and reports back), and its
 * lifecycle: PROPOSED → ACCEPTED or DECLINED (with a reason) → for an accepted one STARTED → COMPLETED or STOPPED.
 * DECLINED, COMPLETED and STOPPED are final.
 */
public enum OfferReferralStatus {
    PROPOSED, ACCEPTED, DECLINED, STARTED, COMPLETED, STOPPED;

    private static final Map<OfferReferralStatus, Set<OfferReferralStatus>> NEXT = new EnumMap<>(OfferReferralStatus.class);

    static {
        NEXT.put(PROPOSED, EnumSet.of(ACCEPTED, DECLINED));
        NEXT.put(ACCEPTED, EnumSet.of(STARTED));
        NEXT.put(STARTED, EnumSet.of(COMPLETED, STOPPED));
        NEXT.put(DECLINED, EnumSet.noneOf(OfferReferralStatus.class));
        NEXT.put(COMPLETED, EnumSet.noneOf(OfferReferralStatus.class));
        NEXT.put(STOPPED, EnumSet.noneOf(OfferReferralStatus.class));
    }

    /** The answers a referral in this state may get next. */
    public Set<OfferReferralStatus> next() {
        return NEXT.get(this).isEmpty() ? EnumSet.noneOf(OfferReferralStatus.class) : EnumSet.copyOf(NEXT.get(this));
    }

    /** Still running (proposed, accepted or started): the case may not be referred to the same offer again. */
    public boolean isRunning() {
        return !isFinal();
    }

    /** The statuses of referrals that are still running. */
    public static Set<OfferReferralStatus> running() {
        return EnumSet.of(PROPOSED, ACCEPTED, STARTED);
    }

    /** Whether the loop is closed: nothing more to answer. */
    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    /**
     * Refuses an answer the closed loop does not allow; declining needs a reason, and only declining has one.
     *
     * @throws NotAllowedNow when the status cannot follow (409 over REST)
     * @throws Invalid for the field {@code reason} when it is missing or not expected (input, 400 over REST)
     */
    public void requireAnswer(OfferReferralStatus to, String reason) {
        if (!NEXT.get(this).contains(to)) {
            throw new NotAllowedNow("referral.offer-referral.transition", this, to);
        }
        if (to == DECLINED && (reason == null || reason.isBlank())) {
            throw new Invalid(FieldError.of("reason", "referral.offer-referral.reason.required"));
        }
        if (to != DECLINED && reason != null) {
            throw new Invalid(FieldError.of("reason", "referral.offer-referral.reason.only-when-declined"));
        }
    }
}
