package be.draaischijf.referral.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the referrals report groups the cases received in a period; {@link #param()} is the REST value
 * ({@code groupBy=problemArea}), labels in the web bundles as {@code reportGrouping.<NAME>}.
 */
public enum ReportGrouping {
    /** Month received (Europe/Brussels), key {@code 2026-03}. */
    MONTH("month"),
    /** A problem area code (a case with two areas counts in both). */
    PROBLEM_AREA("problemArea"),
    DISTRICT("district"),
    /** The sector of who asked. */
    SECTOR("sector"),
    /** The age band at intake ({@link AgeBand} name). */
    AGE_BAND("ageBand"),
    /** {@link SchoolStatus} name. */
    SCHOOL_STATUS("schoolStatus"),
    /** {@link Urgency} name. */
    URGENCY("urgency"),
    /** {@link CaseOutcome} name, closed cases only. */
    OUTCOME("outcome");

    private final String param;

    ReportGrouping(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    /** The grouping with this REST value or name (any case). */
    public static Optional<ReportGrouping> of(String value) {
        return Arrays.stream(values())
                .filter(grouping -> grouping.param.equalsIgnoreCase(value) || grouping.name().equalsIgnoreCase(value))
                .findFirst();
    }
}
