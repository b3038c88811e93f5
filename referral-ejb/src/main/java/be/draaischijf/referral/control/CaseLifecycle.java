package be.draaischijf.referral.control;

import static be.draaischijf.referral.api.ReferralStatus.ADVICE;
import static be.draaischijf.referral.api.ReferralStatus.CASE_CONFERENCE;
import static be.draaischijf.referral.api.ReferralStatus.CLOSED;
import static be.draaischijf.referral.api.ReferralStatus.FOLLOW_UP;
import static be.draaischijf.referral.api.ReferralStatus.IN_ANALYSIS;
import static be.draaischijf.referral.api.ReferralStatus.NEW;
import static be.draaischijf.referral.api.ReferralStatus.REFERRED;
import static be.draaischijf.referral.api.ReferralStatus.UNMET_NEED;

import be.draaischijf.referral.api.CaseOutcome;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.api.TransitionNotAllowed;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states a case goes through: NEW → IN_ANALYSIS → one or more outcomes (ADVICE, REFERRED,
 * CASE_CONFERENCE, UNMET_NEED, in any order and more than one) → FOLLOW_UP → CLOSED with an outcome.
 * Follow-up can lead back to another outcome when the first did not work. A closed case stays closed.
 * Enforced here, in the domain, whatever screen or API asks for the change.
 */
public final class CaseLifecycle {

    private static final Set<ReferralStatus> OUTCOMES = EnumSet.of(ADVICE, REFERRED, CASE_CONFERENCE, UNMET_NEED);
    private static final Map<ReferralStatus, Set<ReferralStatus>> NEXT = new EnumMap<>(ReferralStatus.class);

    static {
        NEXT.put(NEW, EnumSet.of(IN_ANALYSIS));
        NEXT.put(IN_ANALYSIS, EnumSet.copyOf(OUTCOMES));
        for (ReferralStatus outcome : OUTCOMES) {
            Set<ReferralStatus> next = EnumSet.copyOf(OUTCOMES);
            next.remove(outcome);
            next.add(FOLLOW_UP);
            NEXT.put(outcome, next);
        }
        Set<ReferralStatus> afterFollowUp = EnumSet.copyOf(OUTCOMES);
        afterFollowUp.add(CLOSED);
        NEXT.put(FOLLOW_UP, afterFollowUp);
        NEXT.put(CLOSED, EnumSet.noneOf(ReferralStatus.class));
    }

    private CaseLifecycle() {
    }

    /** The states a case in {@code from} may move to. */
    public static Set<ReferralStatus> next(ReferralStatus from) {
        return NEXT.get(from).isEmpty() ? EnumSet.noneOf(ReferralStatus.class) : EnumSet.copyOf(NEXT.get(from));
    }

    /**
     * Refuses a change the case work does not allow; closing needs an outcome, and only closing has one.
     *
     * @throws TransitionNotAllowed with a Dutch reason
     */
    public static void check(ReferralStatus from, ReferralStatus to, CaseOutcome outcome) {
        if (!NEXT.get(from).contains(to)) {
            throw new TransitionNotAllowed("een dossier met status " + from + " kan niet naar " + to
                    + (NEXT.get(from).isEmpty() ? " (een afgesloten dossier blijft afgesloten)"
                    : " (wel naar: " + NEXT.get(from) + ")"));
        }
        if (to == CLOSED && outcome == null) {
            throw new TransitionNotAllowed("kies hoe het dossier afloopt om het af te sluiten");
        }
        if (to != CLOSED && outcome != null) {
            throw new TransitionNotAllowed("alleen een afgesloten dossier heeft een afloop");
        }
    }
}
