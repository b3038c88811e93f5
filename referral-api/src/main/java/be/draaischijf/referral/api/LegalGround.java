package be.draaischijf.referral.api;

/**
 * Why the network may share a young person's data: consent, shared professional secrecy, or a case
 * conference under art. 458ter of the Criminal Code. Labels as {@code legalGround.<NAME>}.
 */
public enum LegalGround {
    CONSENT, SHARED_PROFESSIONAL_SECRECY, CASE_CONFERENCE_458TER
}
