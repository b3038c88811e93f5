package be.draaischijf.referral.api;

import java.io.Serializable;
import java.util.List;

/**
 * What the audit check found: how many lines of how many cases it checked, whether every chain is intact, and where
 * they break (at most {@link CaseAudit#MAX_BREAKS}, in the order found).
 */
public record AuditCheck(long checkedRows, long checkedCases, boolean intact, List<AuditBreak> breaks)
        implements Serializable {

    public AuditCheck {
        breaks = List.copyOf(breaks);
    }
}
