package be.draaischijf.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A newsletter link (confirm or unsubscribe): only the SHA-256 of the token in the link. */
@Entity
@Table(name = "newsletter_token")
public class NewsletterToken {

    public static final String CONFIRM = "CONFIRM";
    public static final String UNSUBSCRIBE = "UNSUBSCRIBE";

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "subscriber_id", nullable = false)
    private UUID subscriberId;

    @Column(nullable = false, length = 20)
    private String purpose;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected NewsletterToken() {
    }

    public NewsletterToken(String tokenHash, UUID subscriberId, String purpose, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.subscriberId = subscriberId;
        this.purpose = purpose;
        this.createdAt = createdAt;
    }

    public UUID getSubscriberId() {
        return subscriberId;
    }

    public String getPurpose() {
        return purpose;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
