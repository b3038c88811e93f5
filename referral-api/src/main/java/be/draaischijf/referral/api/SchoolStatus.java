package be.draaischijf.referral.api;

/** Ingeschreven, dreigende uitval, uitgevallen, uitgesloten; labels as {@code schoolStatus.<NAME>}. */
public enum SchoolStatus {
    ENROLLED, AT_RISK, DROPPED_OUT, EXCLUDED
}
