package be.draaischijf.referral.api;

import java.io.Serializable;
import java.util.UUID;

/** A case conference with its version (for optimistic locking) and the case it belongs to. */
public record ConferenceView(UUID id, UUID caseId, String caseReference, ConferenceDraft conference, int version) implements Serializable {
}
