package be.draaischijf.referral.api;

import jakarta.ejb.Local;

/**
 * The check of the case audit log (administrators, ADR 0040): every case's lines form a hash chain, each line holding
 * the hash of the one before; the check recomputes it from the first line to the case's head and says where it breaks.
 */
@Local
public interface CaseAudit {

    /** At most this many breaks are listed; the counts always cover the whole log. */
    int MAX_BREAKS = 1000;

    /**
     * Walks every case's audit lines in order, a page at a time, and recomputes their hashes: a line whose fields no
     * longer give its hash (or whose link to the line before does not match) is {@link AuditProblem#EDITED}, a missing
     * number {@link AuditProblem#GAP}, a case whose last line is not the one its head names (lines taken off the end)
     * {@link AuditProblem#HEAD_MISMATCH}. Lines written while it runs are left for the next check.
     */
    AuditCheck verify();
}
