package be.draaischijf.training.api;

/** Labels in the web module's bundles as {@code sessionStatus.<NAME>}. */
public enum SessionStatus {
    DRAFT, PUBLISHED, CANCELLED, DONE
}
