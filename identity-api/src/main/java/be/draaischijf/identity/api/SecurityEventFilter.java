package be.draaischijf.identity.api;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;

/**
 * Which security events to list: {@code text} in the username (any case), one kind, one client address, from and
 * until a moment (inclusive, exclusive). Null leaves a criterion out.
 */
public record SecurityEventFilter(
        @Size(max = 200, message = "{draaischijf.size.max}") String text,
        SecurityEvent.Kind kind,
        @Size(max = 64, message = "{draaischijf.size.max}") String address,
        Instant from,
        Instant until) implements Serializable {

    public static final SecurityEventFilter ALL = new SecurityEventFilter(null, null, null, null, null);

    public SecurityEventFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        address = address == null || address.isBlank() ? null : address.strip();
    }
}
