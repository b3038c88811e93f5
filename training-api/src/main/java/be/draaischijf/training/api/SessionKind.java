package be.draaischijf.training.api;

/** Labels in the web module's bundles as {@code sessionKind.<NAME>}. */
public enum SessionKind {
    TRAINING, INFO_SESSION, INTERVISION
}
