package be.draaischijf.platform.privacy;

import java.time.Period;

/**
 * The kinds of record with a retention period of their own, the module that applies it, its MicroProfile Config key
 * ({@code draaischijf.retention.<key>}, an ISO-8601 period such as {@code P5Y}) and its default. Labels as
 * {@code retention.kind.<NAME>} and {@code retention.kind.<NAME>.what} in the web module's bundles.
 */
public enum RetentionKind {
    /** Closed cases: anonymised this long after closing (names, birth date, contact data, free texts, school go). */
    CLOSED_CASES("referral", "closed-cases", Period.ofYears(5), true),
    /** Unmet-need records: kept for statistics, their note and who recorded them removed after this long. */
    UNMET_NEEDS("referral", "unmet-needs", Period.ofYears(5), true),
    /** Audit entries: kept as long as their case; they hold who, when, what kind and which fields, never the text. */
    AUDIT_ENTRIES("referral", "audit-entries", Period.ofYears(5), false),
    /** Training registrations: anonymised this long after their session. */
    TRAINING_REGISTRATIONS("training", "training-registrations", Period.ofYears(1), true),
    /** Newsletter subscribers: removed this long after unsubscribing (or after a confirmation link went unused). */
    NEWSLETTER_UNSUBSCRIBED("training", "newsletter-unsubscribed", Period.ofDays(30), true),
    /** Used or expired tokens of mailed links (sign-up, password reset, invitations): removed after this long. */
    TOKENS("identity", "tokens", Period.ofDays(30), true),
    /** Security events (logins, lockouts, role changes): removed after this long. */
    SECURITY_EVENTS("identity", "security-events", Period.ofYears(1), true);

    private final String module;
    private final String key;
    private final Period defaultPeriod;
    private final boolean configurable;

    RetentionKind(String module, String key, Period defaultPeriod, boolean configurable) {
        this.module = module;
        this.key = key;
        this.defaultPeriod = defaultPeriod;
        this.configurable = configurable;
    }

    /** The module that keeps these records: identity, referral, training. */
    public String module() {
        return module;
    }

    /** The MicroProfile Config key, e.g. {@code draaischijf.retention.closed-cases}. */
    public String configKey() {
        return "draaischijf.retention." + key;
    }

    public Period defaultPeriod() {
        return defaultPeriod;
    }

    /**
     * Whether an administrator may set its period. Audit entries follow their case (the period of closed cases):
     * they are never changed or removed on their own (ADR 0040).
     */
    public boolean configurable() {
        return configurable;
    }
}
