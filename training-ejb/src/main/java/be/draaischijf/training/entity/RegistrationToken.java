package be.draaischijf.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A self-service link of a registration: only the SHA-256 of the token in the link. */
@Entity
@Table(name = "training_registration_token")
public class RegistrationToken {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "registration_id", nullable = false)
    private UUID registrationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RegistrationToken() {
    }

    public RegistrationToken(String tokenHash, UUID registrationId, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.registrationId = registrationId;
        this.createdAt = createdAt;
    }

    public UUID getRegistrationId() {
        return registrationId;
    }
}
