package be.draaischijf.platform.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One record a module holds about a data subject: which module, what kind ({@code subject.kind.<kind>} in the
 * bundles: case, caseAsReferrer, conferenceParticipant, account, securityEvent, registration, newsletter, ...), its
 * id and human reference where it has one (a case's DS-2026-0142), when it was made, and its stored values in a
 * fixed order. Only values a person of that role may see: a coordinator sees cases in full.
 */
public record SubjectRecord(String module, String kind, UUID id, String reference, Instant createdAt, List<SubjectField> fields) {

    public SubjectRecord {
        fields = List.copyOf(fields);
    }
}
