package be.draaischijf.training.api;

/**
 * Check-in on the day. Not recorded = {@code null}; a confirmed participant marked ABSENT after the session
 * is a no-show. Labels in the web module's bundles as {@code attendance.<NAME>}.
 */
public enum Attendance {
    PRESENT, ABSENT
}
