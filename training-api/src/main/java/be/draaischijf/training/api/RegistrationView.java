package be.draaischijf.training.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A registration as its owner sees it through the link in their mails ({@code /inschrijving/<token>}):
 * {@code position} is the current place on the waiting list (null unless WAITLISTED); {@code cancellable}: the
 * owner can still cancel (not cancelled, and the session has not started, is not over and was not cancelled).
 */
public record RegistrationView(
        UUID id,
        RegistrationStatus status,
        Integer position,
        String firstName,
        String lastName,
        String email,
        Instant registeredAt,
        Instant cancelledAt,
        SessionSummary session,
        boolean cancellable) implements Serializable {
}
