package be.draaischijf.web.api;

import java.util.UUID;

/** Body of {@code POST /api/referrals/{id}/contact-point}: the version read and the contact point to pass the case to. */
public record ContactPointChange(Integer version, UUID contactPointId) {
}
