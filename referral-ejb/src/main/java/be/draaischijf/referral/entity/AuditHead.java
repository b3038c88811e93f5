package be.draaischijf.referral.entity;

import be.draaischijf.referral.api.EventMessage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The last line of one case's audit log (its number and hash): whoever writes the next line locks this row first, so
 * the lines of a case are numbered one after the other across every server, while different cases never wait for
 * each other. A head that does not match the case's last line shows that lines were taken off the end (ADR 0040).
 * On PostgreSQL a trigger refuses to delete one.
 */
@Entity
@Table(name = "case_audit_head")
public class AuditHead {

    @Id
    @Column(name = "referral_id")
    private UUID referralId;

    /** The number of the case's last line; 0 before its first. */
    @Column(nullable = false)
    private long seq;

    /** The hash of the case's last line; null before its first. */
    @Column(length = 64)
    private String hash;

    protected AuditHead() {
    }

    /** The next line of this case's log, chained to the last one; this head then names it as the last. */
    public AuditRecord append(Instant at, String actor, String action, EventMessage message) {
        AuditRecord line = new AuditRecord(referralId, seq + 1, hash, at, actor, action, message);
        seq = line.getSeq();
        hash = line.getHash();
        return line;
    }

    /** Whether this head names that line (number and hash) as the case's last. */
    public boolean pointsAt(long lastSeq, String lastHash) {
        return seq == lastSeq && Objects.equals(hash, lastHash);
    }

    public UUID getReferralId() {
        return referralId;
    }

    public long getSeq() {
        return seq;
    }
}
