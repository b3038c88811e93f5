package be.draaischijf.web.api;

import java.util.UUID;

/** Body of {@code POST /api/referrals/{id}/links}: the other case (a duplicate for the same young person). */
public record CaseLink(UUID other) {
}
