package be.draaischijf.platform.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A mail waiting in the outbox, or given up, as administrators see it: never its text (it may hold a personal
 * link). {@code failedAt} is set once the outbox stopped trying; {@code lastError} is what the mail server said.
 */
public record OutboxEntry(UUID id, String module, List<String> to, String subject, Instant createdAt, int attempts,
                          Instant nextAttemptAt, Instant failedAt, String lastError) {

    public OutboxEntry {
        to = List.copyOf(to);
    }

    /** Whether the outbox gave this mail up. */
    public boolean failed() {
        return failedAt != null;
    }
}
