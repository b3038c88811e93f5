package be.draaischijf.identity.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A personal API token as its owner sees it: its name, when it was made and last used; never the token. */
public record ApiTokenView(UUID id, String name, Instant createdAt, Instant lastUsedAt) implements Serializable {
}
