package be.draaischijf.referral.entity;

import be.draaischijf.referral.api.AuditEntry;
import be.draaischijf.referral.api.EventMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A line of the append-only audit log: who read or changed which case, when, and what (a message key and its values,
 * never the text of a note). Never updated or deleted (on PostgreSQL a trigger refuses it). Each line is number
 * {@code seq} of its case's log and carries the hash of the line before it and its own ({@link AuditDigest}), so a
 * line changed or taken out afterwards shows (ADR 0040). Only {@link AuditHead#append} writes one.
 */
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

    /** Its number in the case's log: 1, 2, 3 … without gaps. */
    @Column(nullable = false)
    private long seq;

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

    /** The hash of the case's line before this one; null for its first line. */
    @Column(name = "prev_hash", length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditRecord() {
    }

    /** The line after the one whose hash is {@code prevHash}; the time is kept to the microsecond, as the databases do. */
    AuditRecord(UUID referralId, long seq, String prevHash, Instant at, String actor, String action, EventMessage message) {
        this.id = UUID.randomUUID();
        this.referralId = referralId;
        this.seq = seq;
        this.prevHash = prevHash;
        this.at = at.truncatedTo(ChronoUnit.MICROS);
        this.actor = actor;
        this.action = action;
        this.message = message.key();
        this.messageValues = message.encodedValues();
        this.hash = digest();
    }

    /** The hash this line's fields and its {@code prev_hash} give now. */
    public String digest() {
        return AuditDigest.of(prevHash, id, referralId, seq, at, actor, action, message, messageValues, detail);
    }

    /** Whether the line is as it was written: its hash is still that of its fields. */
    public boolean isUnchanged() {
        return Objects.equals(hash, digest());
    }

    public AuditEntry toEntry() {
        return new AuditEntry(at, actor, action, EventMessage.decode(message, messageValues), detail);
    }

    public UUID getReferralId() {
        return referralId;
    }

    public long getSeq() {
        return seq;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
