package be.draaischijf.training.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One day of a published (or cancelled) session in a period, for month and week views: a three-day training
 * gives three entries with the same {@code sessionId} and {@code dayIndex} 0, 1, 2 of {@code dayCount}.
 */
public record CalendarEntry(
        UUID sessionId,
        int dayIndex,
        int dayCount,
        SessionKind kind,
        String title,
        Instant startsAt,
        Instant endsAt,
        String venue,
        boolean online,
        int freePlaces,
        SessionStatus status) implements Serializable {
}
