package be.draaischijf.referral.api;

import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a case stands (labels in the web module's bundles as {@code referralStatus.<NAME>}), and the case work's
 * lifecycle (ADR 0013): NEW → IN_ANALYSIS → one or more outcomes (ADVICE, REFERRED, CASE_CONFERENCE, UNMET_NEED, in
 * any order and more than one) → FOLLOW_UP → CLOSED with an outcome. Follow-up can lead back to another outcome when
 * the first did not work. A closed case stays closed. Whatever screen or API asks for a change, the entity checks it
 * here.
 */
public enum ReferralStatus {
    NEW, IN_ANALYSIS, ADVICE, REFERRED, CASE_CONFERENCE, UNMET_NEED, FOLLOW_UP, CLOSED;

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

    /** The states a case in this state may move to. */
    public Set<ReferralStatus> next() {
        return NEXT.get(this).isEmpty() ? EnumSet.noneOf(ReferralStatus.class) : EnumSet.copyOf(NEXT.get(this));
    }

    /** Whether a case in this state is still being worked on (not closed). */
    public boolean isOpen() {
        return this != CLOSED;
    }

    /**
     * Refuses a change the case work does not allow; closing needs an outcome, and only closing has one.
     *
     * @throws NotAllowedNow when the case work does not allow it (409 over REST)
     * @throws Invalid for the field {@code outcome} when it is missing or not expected (input, 400 over REST)
     */
    public void requireMoveTo(ReferralStatus to, CaseOutcome outcome) {
        if (!NEXT.get(this).contains(to)) {
            throw NEXT.get(this).isEmpty() ? new NotAllowedNow("referral.case.transition.closed", this, to)
                    : new NotAllowedNow("referral.case.transition", this, to, NEXT.get(this));
        }
        if (to == CLOSED && outcome == null) {
            throw new Invalid(FieldError.of("outcome", "referral.case.outcome.required"));
        }
        if (to != CLOSED && outcome != null) {
            throw new Invalid(FieldError.of("outcome", "referral.case.outcome.only-when-closed"));
        }
    }
}
