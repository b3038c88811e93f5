package be.draaischijf.training.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A training or info session as a calendar list shows it. {@code startsAt}/{@code endsAt}: first start and
 * last end (a multi-day session has {@code dayCount} > 1); {@code venue}: the venue's name.
 */
public record SessionSummary(
        UUID id,
        SessionKind kind,
        String title,
        Instant startsAt,
        Instant endsAt,
        String venue,
        int capacity,
        SessionStatus status,
        int confirmed,
        int waiting,
        int freePlaces,
        boolean online,
        int dayCount,
        Set<String> themes) implements Serializable {

    public SessionSummary {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }

    /** Full: a registration now goes to the waiting list ("wachtlijst"). */
    public boolean isFull() {
        return freePlaces <= 0;
    }
}
