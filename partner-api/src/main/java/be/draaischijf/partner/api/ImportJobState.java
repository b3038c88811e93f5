package be.draaischijf.partner.api;

/**
 * Where an import job is (ADR 0051): checked with bad rows ({@code INVALID}, nothing can be imported) or with every row
 * in order ({@code CHECKED}, waiting to be started); {@code RUNNING} on one of the servers; then {@code DONE} (every row
 * saved), {@code REJECTED} (a row turned out wrong when it was imported: nothing saved) or {@code FAILED} (an error, or
 * the server that ran it stopped: nothing saved).
 */
public enum ImportJobState {
    INVALID, CHECKED, RUNNING, DONE, REJECTED, FAILED;

    /** Nothing more happens to the job. */
    public boolean finished() {
        return this != CHECKED && this != RUNNING;
    }
}
