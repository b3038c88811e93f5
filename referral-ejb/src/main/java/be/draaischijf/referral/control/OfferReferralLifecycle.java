package be.draaischijf.referral.control;

import static be.draaischijf.referral.api.OfferReferralStatus.ACCEPTED;
import static be.draaischijf.referral.api.OfferReferralStatus.COMPLETED;
import static be.draaischijf.referral.api.OfferReferralStatus.DECLINED;
import static be.draaischijf.referral.api.OfferReferralStatus.PROPOSED;
import static be.draaischijf.referral.api.OfferReferralStatus.STARTED;
import static be.draaischijf.referral.api.OfferReferralStatus.STOPPED;

import be.draaischijf.referral.api.DeclineReason;
import be.draaischijf.referral.api.InvalidIntake;
import be.draaischijf.referral.api.OfferReferralStatus;
import be.draaischijf.referral.api.TransitionNotAllowed;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A referral to one partner offer: PROPOSED → ACCEPTED or DECLINED (with a reason) → for an accepted
 * one STARTED → COMPLETED or STOPPED. DECLINED, COMPLETED and STOPPED are final.
 */
public final class OfferReferralLifecycle {

    private static final Map<OfferReferralStatus, Set<OfferReferralStatus>> NEXT = new EnumMap<>(OfferReferralStatus.class);

    static {
        NEXT.put(PROPOSED, EnumSet.of(ACCEPTED, DECLINED));
        NEXT.put(ACCEPTED, EnumSet.of(STARTED));
        NEXT.put(STARTED, EnumSet.of(COMPLETED, STOPPED));
        NEXT.put(DECLINED, EnumSet.noneOf(OfferReferralStatus.class));
        NEXT.put(COMPLETED, EnumSet.noneOf(OfferReferralStatus.class));
        NEXT.put(STOPPED, EnumSet.noneOf(OfferReferralStatus.class));
    }

    private OfferReferralLifecycle() {
    }

    public static Set<OfferReferralStatus> next(OfferReferralStatus from) {
        return NEXT.get(from).isEmpty() ? EnumSet.noneOf(OfferReferralStatus.class) : EnumSet.copyOf(NEXT.get(from));
    }

    /**
     * Refuses an answer the closed loop does not allow; declining needs a reason, and only declining has one.
     *
     * @throws TransitionNotAllowed with a Dutch reason when the status cannot follow (409 over REST)
     * @throws InvalidIntake for the field {@code reason} when it is missing or not expected (input, 400 over REST)
     */
    public static void check(OfferReferralStatus from, OfferReferralStatus to, DeclineReason reason) {
        if (!NEXT.get(from).contains(to)) {
            throw new TransitionNotAllowed("een verwijzing met status " + from + " kan niet naar " + to);
        }
        if (to == DECLINED && reason == null) {
            throw new InvalidIntake(Map.of("reason", "kies waarom de verwijzing geweigerd wordt"));
        }
        if (to != DECLINED && reason != null) {
            throw new InvalidIntake(Map.of("reason", "alleen een geweigerde verwijzing heeft een reden"));
        }
    }
}
