package be.draaischijf.referral.api;

/** Why a need went unmet; labels as {@code unmetNeedReason.<NAME>}. */
public enum UnmetNeedReason {
    NO_FITTING_OFFER, WAITING_TOO_LONG, NO_CAPACITY, OTHER
}
