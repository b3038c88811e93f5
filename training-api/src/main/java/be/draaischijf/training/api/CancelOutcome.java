package be.draaischijf.training.api;

/** What a self-service cancellation did (the web shows a message for each). */
public enum CancelOutcome {
    /** A confirmed seat was given up (the first waiting person, if any, got it). */
    CANCELLED,
    /** The person left the waiting list. */
    LEFT_WAITING_LIST,
    /** Nothing to do: this registration was cancelled before. */
    ALREADY_CANCELLED
}
