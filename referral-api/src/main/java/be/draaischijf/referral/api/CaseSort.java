package be.draaischijf.referral.api;

/**
 * Orders of the workbench; overdue first is the default (open cases, earliest follow-up date, newest).
 * Each is served by an index, so that a page stays fast at 100 000 cases; urgency and status are
 * filters rather than orders for that reason.
 */
public enum CaseSort {
    OVERDUE_FIRST, RECEIVED, FOLLOW_UP, REFERENCE
}
