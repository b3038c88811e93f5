package be.draaischijf.identity.entity;

import be.draaischijf.identity.api.SecurityEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
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
}
