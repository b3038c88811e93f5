package be.draaischijf.referral.api;

import java.time.Instant;

/** Something that happened in a case: who, when, what. */
public record TimelineEntry(Instant at, String actor, EventKind kind, String text) {
}
