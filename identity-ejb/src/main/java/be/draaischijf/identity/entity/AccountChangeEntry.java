package be.draaischijf.identity.entity;

import be.draaischijf.identity.api.AccountChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change an administrator made to an account, kept for the administrators to read. */
@Entity
@Table(name = "identity_account_change")
public class AccountChangeEntry {

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AccountChange.Kind kind;

    @Column(length = 500)
    private String detail;

    protected AccountChangeEntry() {
    }

    public AccountChangeEntry(UUID accountId, Instant changedAt, String changedBy, AccountChange.Kind kind, String detail) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public AccountChange toChange() {
        return new AccountChange(changedAt, changedBy, kind, detail);
    }
}
