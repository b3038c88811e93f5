package be.draaischijf.referral.entity;

import be.draaischijf.referral.api.AuditEntry;
import be.draaischijf.referral.api.EventMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A line of the append-only audit log: who read or changed which case, when. Never updated or deleted. */
@Entity
@Immutable
@Table(name = "case_audit")
public class AuditRecord {

    public static final String READ = "READ";
    public static final String CHANGE = "CHANGE";

    @Id
    private UUID id;

    @Column(name = "referral_id", nullable = false)
    private UUID referralId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 10)
    private String action;

    /** Words of lines from before messages; null since. */
    @Column(length = 500)
    private String detail;

    /** What was read or changed, as a message key ({@code audit.*} or {@code event.*}); never the text of a note. */
    @Column(length = 100)
    private String message;

    @Column(name = "message_values", length = 2000)
    private String messageValues;

    protected AuditRecord() {
    }

    public AuditRecord(UUID referralId, Instant at, String actor, String action, EventMessage message) {
        this.id = UUID.randomUUID();
        this.referralId = referralId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.message = message.key();
        this.messageValues = message.encodedValues();
    }

    public AuditEntry toEntry() {
        return new AuditEntry(at, actor, action, EventMessage.decode(message, messageValues), detail);
    }
}
