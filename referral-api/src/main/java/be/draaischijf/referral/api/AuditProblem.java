package be.draaischijf.referral.api;

/** What breaks a case's audit chain; the pages say each in words ({@code auditCheck.problem.<NAME>}). */
public enum AuditProblem {
    /** The line was changed after it was written: its hash, or the next line's link to it, no longer matches. */
    EDITED,
    /** A line is missing between the first and the last (deleted). */
    GAP,
    /** The case's last line is not the one its head names: lines were taken off the end (or the head is gone). */
    HEAD_MISMATCH
}
