package be.draaischijf.identity.entity;

import be.draaischijf.identity.api.SecurityEvent;
import be.draaischijf.platform.privacy.SubjectField;
import be.draaischijf.platform.privacy.SubjectRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One entry of the security event log. */
@Entity
@Table(name = "identity_security_event")
public class SecurityEventEntry {

    @Id
    private UUID id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private SecurityEvent.Kind kind;

    @Column(length = 200)
    private String username;

    @Column(length = 64)
    private String address;

    @Column(name = "done_by", length = 200)
    private String by;

    @Column(length = 500)
    private String detail;

    protected SecurityEventEntry() {
    }

    public SecurityEventEntry(Instant occurredAt, SecurityEvent.Kind kind, String username, String address, String by,
                              String detail) {
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.username = cut(username, 200);
        this.address = cut(address, 64);
        this.by = cut(by, 200);
        this.detail = cut(detail, 500);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public SecurityEvent toEvent() {
        return new SecurityEvent(occurredAt, kind, username, address, by, detail);
    }

    /**
     * The event for a data subject's request. What happened reads as {@code value.SecurityEvent.Kind.<KIND>}, why a
     * login failed as {@code value.SecurityEvent.Reason.<REASON>} (the kind's simple name alone, {@code Kind}, would
     * be ambiguous); any other detail (new roles, an API token's name) as written.
     */
    public SubjectRecord toSubjectRecord() {
        boolean reason = kind == SecurityEvent.Kind.LOGIN_FAILED && detail != null;
        return new SubjectRecord("identity", "securityEvent", id, null, occurredAt, List.of(
                new SubjectField("event", SubjectField.Type.CODE, "SecurityEvent.Kind." + kind.name()),
                SubjectField.moment("occurredAt", occurredAt),
                SubjectField.text("username", username),
                new SubjectField("reason", SubjectField.Type.CODE, reason ? "SecurityEvent.Reason." + detail : null),
                SubjectField.text("detail", reason ? null : detail),
                SubjectField.text("address", address),
                SubjectField.text("by", by)));
    }
}
