package be.draaischijf.referral.api;

import java.io.Serializable;

/**
 * What a professional said about themselves as the referrer of a question: organisation or school, sector (a code of
 * the managed list), function and phone. The question form offers the caller's own last details again
 * ({@link ReferralCases#myLastReferrerDetails()}); never anyone else's.
 */
public record ReferrerDetails(String organisation, String sector, String function, String phone) implements Serializable {
}
