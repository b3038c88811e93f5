package be.draaischijf.referral.api;

/** How consent was given; labels as {@code consentMethod.<NAME>}. */
public enum ConsentMethod {
    IN_PERSON, BY_PHONE, IN_WRITING
}
