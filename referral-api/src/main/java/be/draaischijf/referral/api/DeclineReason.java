package be.draaischijf.referral.api;

/** Why a partner declined a referral to one of its offers. */
public enum DeclineReason {
    NOT_ELIGIBLE, NO_CAPACITY, COULD_NOT_CONTACT, DECLINED_BY_YOUNG_PERSON, OTHER
}
