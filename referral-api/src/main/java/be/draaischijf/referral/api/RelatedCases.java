package be.draaischijf.referral.api;

import java.io.Serializable;
import java.util.Map;

/**
 * What the cases behind a theme's signals have in common (a theme page): how many of the references exist, their
 * problem areas (code → cases) and the offers they were referred to (offer name → referrals). No names.
 */
public record RelatedCases(long cases, Map<String, Long> perProblemArea, Map<String, Long> perOffer)
        implements Serializable {
}
