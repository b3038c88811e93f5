package be.draaischijf.referral.api;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.UUID;

/**
 * The workbench's filters; {@code null} means "any". {@code contactPointId} keeps one contact point's cases;
 * {@code coordinator} is a username ("my cases" is the caller's own); {@code overdueOnly} keeps open cases whose follow-up date has passed.
 * {@code query} is what a coordinator typed in the search: a reference ({@code DS-2026-0001}, any case) finds that
 * case, a date ({@code 14/3/2010}, {@code 14/03/2010} or {@code 2010-03-14}) the young people born that day, any
 * other text the young people whose first or last name holds it.
 */
public record CaseFilter(
        ReferralStatus status,
        String coordinator,
        String district,
        UUID contactPointId,
        String problemArea,
        Urgency urgency,
        AgeBand ageBand,
        boolean overdueOnly,
        boolean openOnly,
        @Size(max = CaseFilter.QUERY_MAX, message = "{draaischijf.size.max}") String query) implements Serializable {

    /** The longest search text. */
    public static final int QUERY_MAX = 100;

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null, null, null, false, false, null);
    }
}
