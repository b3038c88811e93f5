package be.draaischijf.partner.api;

/**
 * Where a cooperation agreement stands: being drawn up, in force, or over. An agreement goes forward only: a draft may
 * become active or end, an active one may end, an ended one stays ended (a renewal is a new agreement). An active
 * agreement whose end date passed is shown as ended at once, and the daily run records it so (ADR 0047).
 */
public enum AgreementStatus {
    DRAFT, ACTIVE, ENDED;

    /** Whether an agreement in this status may be put in {@code next} (staying the same is always allowed). */
    public boolean mayBecome(AgreementStatus next) {
        return switch (this) {
            case DRAFT -> true;
            case ACTIVE -> next != DRAFT;
            case ENDED -> next == ENDED;
        };
    }
}
