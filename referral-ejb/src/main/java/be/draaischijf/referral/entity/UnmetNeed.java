package be.draaischijf.referral.entity;

import be.draaischijf.referral.api.AgeBand;
import be.draaischijf.referral.api.UnmetNeedDraft;
import be.draaischijf.referral.api.UnmetNeedReason;
import be.draaischijf.referral.api.UnmetNeedView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A need the network's offer could not meet, for the capacity-gap report. */
@Entity
@Table(name = "unmet_need")
public class UnmetNeed {

    @Id
    private UUID id;

    @Column(name = "referral_id", nullable = false)
    private UUID referralId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** Who recorded it; null once removed after the retention period of unmet needs (ADR 0043). */
    @Column(name = "recorded_by", length = 100)
    private String recordedBy;

    @Column(name = "problem_area", nullable = false, length = 40)
    private String problemArea;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "age_band", nullable = false, length = 20)
    private AgeBand ageBand;

    @Column(length = 40)
    private String district;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private UnmetNeedReason reason;

    @Column(name = "waiting_weeks")
    private Integer waitingWeeks;

    /** Null once removed after the retention period of unmet needs, or with its case's anonymisation. */
    @Column(length = 2000)
    private String note;

    /** When its note and who recorded it were removed (the record stays for the capacity-gap report); null before. */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    protected UnmetNeed() {
    }

    public UnmetNeed(UUID referralId, String recordedBy, UnmetNeedDraft draft, Instant now) {
        this.id = UUID.randomUUID();
        this.referralId = referralId;
        this.recordedAt = now;
        this.recordedBy = recordedBy;
        this.problemArea = draft.problemArea();
        this.ageBand = draft.ageBand();
        this.district = draft.district() == null || draft.district().isBlank() ? null : draft.district();
        this.reason = draft.reason();
        this.waitingWeeks = draft.waitingWeeks();
        this.note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
    }

    public UUID getId() {
        return id;
    }

    public UUID getReferralId() {
        return referralId;
    }

    public UnmetNeedView toView() {
        return new UnmetNeedView(recordedAt, recordedBy, problemArea, ageBand, district, reason, waitingWeeks, note);
    }
}
