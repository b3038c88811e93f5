package be.draaischijf.training.api;

import java.time.Instant;
import java.util.UUID;

/** A training or info session as a calendar list shows it. */
public record SessionSummary(
        UUID id,
        SessionKind kind,
        String title,
        Instant startsAt,
        Instant endsAt,
        String venue,
        int capacity,
        SessionStatus status) {
}
