package be.draaischijf.referral.api;

/**
 * The lead times the reports measure, each from the moment a case was received; labels as
 * {@code leadTimeStage.<NAME>}.
 */
public enum LeadTimeStage {
    /** Until the case was first taken into analysis (or went further without it). */
    FIRST_ANALYSIS,
    /** Until the first referral to a partner's offer was proposed. */
    REFERRAL,
    /** Until a partner first started with the young person. */
    START
}
