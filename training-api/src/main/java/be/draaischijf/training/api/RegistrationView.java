package be.draaischijf.training.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A registration as its owner sees it through the link in their mails ({@code /inschrijving/<token>}):
 * {@code position} is the current place on the waiting list (null unless WAITLISTED).
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
        SessionSummary session) implements Serializable {
}
