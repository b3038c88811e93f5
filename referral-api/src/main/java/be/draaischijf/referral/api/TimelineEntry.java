package be.draaischijf.referral.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * Something that happened in a case: who, when, what kind, and what it says ({@code message}, said in the reader's
 * language) with the words someone wrote ({@code text}: a note, the remark with a status change or an answer; may
 * be empty). Entries written before messages existed have no message and their sentence in {@code text}.
 */
public record TimelineEntry(Instant at, String actor, EventKind kind, EventMessage message, String text) implements Serializable {

    /** The actor of what the application did by itself (an escalation); pages say "Draaischijf". */
    public static final String SYSTEM = "systeem";
}
