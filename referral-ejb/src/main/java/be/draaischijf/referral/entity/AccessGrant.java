package be.draaischijf.referral.entity;

import be.draaischijf.referral.api.CaseAccessGrant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * An administrator's break-glass access to one case (ADR 0042): who, the reason they wrote, from when until when.
 * The reason is kept here, not in the audit log (which never holds free text, ADR 0040). Never changed afterwards: a
 * grant ends by its time; a new reason makes a new grant.
 */
@Entity
@Immutable
@Table(name = "case_access_grant")
public class AccessGrant {

    @Id
    private UUID id;

    @Column(name = "referral_id", nullable = false)
    private UUID referralId;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected AccessGrant() {
    }

    public AccessGrant(UUID referralId, String username, String reason, Instant grantedAt, Instant expiresAt) {
        if (!expiresAt.isAfter(grantedAt)) {
            throw new IllegalArgumentException("a grant ends after it starts");
        }
        this.id = UUID.randomUUID();
        this.referralId = referralId;
        this.username = username;
        this.reason = reason;
        this.grantedAt = grantedAt;
        this.expiresAt = expiresAt;
    }

    /** Whether the grant still holds at this moment: up to, not including, its end. */
    public boolean holdsAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public CaseAccessGrant toView(String reference) {
        return new CaseAccessGrant(referralId, reference, username, reason, grantedAt, expiresAt);
    }
}
