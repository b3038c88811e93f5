package be.draaischijf.identity.entity;

import be.draaischijf.identity.api.ApiTokenView;
import be.draaischijf.platform.privacy.SubjectField;
import be.draaischijf.platform.privacy.SubjectRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A personal API token: its owner, name and hash (never the token), when made, last used and revoked. */
@Entity
@Table(name = "identity_api_token")
public class ApiToken {

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 100)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(UUID accountId, String name, String tokenHash, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public void revoke(Instant now) {
        this.revokedAt = now;
    }

    /** Used now; written at most once a minute, so that a script's every call does not rewrite the row. */
    public void usedAt(Instant now) {
        if (lastUsedAt == null || lastUsedAt.plusSeconds(60).isBefore(now)) {
            lastUsedAt = now;
        }
    }

    public ApiTokenView toView() {
        return new ApiTokenView(id, name, createdAt, lastUsedAt);
    }

    /** What a data subject's request shows of the token: its name and dates, never its hash. */
    public SubjectRecord toSubjectRecord() {
        return new SubjectRecord("identity", "apiToken", id, null, createdAt, List.of(
                SubjectField.text("name", name),
                SubjectField.moment("createdAt", createdAt),
                SubjectField.moment("lastUsedAt", lastUsedAt),
                SubjectField.moment("revokedAt", revokedAt)));
    }
}
