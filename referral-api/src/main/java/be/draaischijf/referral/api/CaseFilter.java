package be.draaischijf.referral.api;

import java.io.Serializable;
import java.util.UUID;

/**
 * The workbench's filters; {@code null} means "any". {@code contactPointId} keeps one contact point's cases;
 * {@code coordinator} is a username ("my cases" is the caller's own); {@code overdueOnly} keeps open cases whose follow-up date has passed.
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
        boolean openOnly) implements Serializable {

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null, null, null, false, false);
    }
}
