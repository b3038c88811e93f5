package be.draaischijf.partner.api;

/** How a young person gets in: directly accessible youth care, or only through a referral. */
public enum Access {
    DIRECT, REFERRAL
}
