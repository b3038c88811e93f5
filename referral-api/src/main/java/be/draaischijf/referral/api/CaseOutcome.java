package be.draaischijf.referral.api;

/** How a closed case ended for the young person; labels in the web bundles as {@code caseOutcome.<NAME>}. */
public enum CaseOutcome {
    BACK_IN_SCHOOL, TRAINING, WORK, CARE, LOST_CONTACT, MOVED, OTHER
}
