package be.draaischijf.referral.api;

/**
 * Who gives or withdraws consent to sharing: the young person themselves (counted only from the age of 12, the age
 * from which the Flemish decree on the legal position of minors in youth care presumes a minor able to decide), or a
 * parent or guardian. Labels as {@code consentGiver.<NAME>}.
 */
public enum ConsentGiver {
    YOUNG_PERSON, PARENT
}
