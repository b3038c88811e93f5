package be.draaischijf.training.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One registration in the organiser's lists, check-in and exports (CSV/XLSX are made by the web module).
 * {@code position}: current waiting-list place (null unless WAITLISTED); {@code attendance}: null = not
 * recorded; {@code noShow}: confirmed, marked absent, and the session is over.
 */
public record ParticipantRow(
        UUID id,
        String firstName,
        String lastName,
        String email,
        String organisation,
        String sector,
        String function,
        String remarks,
        RegistrationStatus status,
        Integer position,
        Instant registeredAt,
        Instant confirmedAt,
        Instant cancelledAt,
        Instant consentAt,
        Attendance attendance,
        boolean noShow) implements Serializable {
}
