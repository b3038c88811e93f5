package be.draaischijf.referral.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a case's append-only audit log: who read or changed it, when, and what ({@code message}, said in the
 * reader's language; never the text of a note). Lines written before messages existed have their words in
 * {@code detail} and no message.
 */
public record AuditEntry(Instant at, String actor, String action, EventMessage message, String detail) implements Serializable {
}
