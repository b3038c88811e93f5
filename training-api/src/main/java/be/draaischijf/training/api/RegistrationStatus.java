package be.draaischijf.training.api;

/** Where a registration stands. Labels in the web module's bundles as {@code registrationStatus.<NAME>}. */
public enum RegistrationStatus {
    /** Has a seat. */
    CONFIRMED,
    /** On the waiting list (first in, first out). */
    WAITLISTED,
    /** Cancelled by the person, by the organiser, or left the waiting list. */
    CANCELLED
}
