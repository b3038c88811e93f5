package be.draaischijf.referral.api;

/** What a timeline entry records; labels as {@code eventKind.<NAME>}. */
public enum EventKind {
    INTAKE, NOTE, CALL, EMAIL, STATUS, ASSIGNED, FOLLOW_UP_DATE, REFERRED, PARTNER_ANSWER, ESCALATED,
    CONFERENCE, UNMET_NEED, LINKED, CONTACT_POINT, CONSENT,
    /** An administrator opened the case with a written reason (ADR 0042). */
    BREAK_GLASS,
    /** An intake field of the young person was corrected (the old value in the entry's message, ADR 0043). */
    CORRECTED,
    /** The case was anonymised: after its retention period, or erased on request (ADR 0043). */
    ANONYMISED
}
