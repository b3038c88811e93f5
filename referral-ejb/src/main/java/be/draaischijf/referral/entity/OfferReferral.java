package be.draaischijf.referral.entity;

import be.draaischijf.referral.api.LegalGround;
import be.draaischijf.referral.api.OfferReferralStatus;
import be.draaischijf.referral.api.OfferReferralView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A case referred to one partner offer: closed loop, the partner answers and reports back. */
@Entity
@Table(name = "offer_referral")
public class OfferReferral {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id")
    private Referral referral;

    @Column(name = "offer_id", nullable = false)
    private UUID offerId;

    @Column(name = "offer_name", nullable = false, length = 200)
    private String offerName;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(name = "organisation_name", nullable = false, length = 200)
    private String organisationName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private OfferReferralStatus status;

    @Column(name = "decline_reason", length = 40)
    private String declineReason;

    @Column(length = 2000)
    private String note;

    @Column(name = "reply_by", nullable = false)
    private LocalDate replyBy;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * The ground the case rested on when it was referred here (ADR 0041): a referral sent on consent loses the young
     * person's details when consent is withdrawn. Null for referrals from before it was kept (then the case's ground).
     */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "legal_ground", length = 40)
    private LegalGround legalGround;

    /** When the referral ended (declined, completed, stopped); null while it runs. */
    /** When the partner answered (accepted or declined), and when it started: the reports' reply and wait times. */
    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private int version;

    protected OfferReferral() {
    }

    public OfferReferral(Referral referral, UUID offerId, String offerName, UUID organisationId, String organisationName,
                         LocalDate replyBy, Instant now) {
        this.id = UUID.randomUUID();
        this.referral = referral;
        this.offerId = offerId;
        this.offerName = offerName;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.status = OfferReferralStatus.PROPOSED;
        this.replyBy = replyBy;
        this.proposedAt = now;
        this.updatedAt = now;
        this.legalGround = referral.getSharingGround();
        referral.referredToAnOffer(now);
    }

    /** The partner's answer, as the lifecycle allows. */
    public void answer(OfferReferralStatus to, String reason, String note, Instant now) {
        status.requireAnswer(to, reason);
        this.status = to;
        this.declineReason = to == OfferReferralStatus.DECLINED ? reason : null;
        this.note = note == null || note.isBlank() ? this.note : note.strip();
        this.updatedAt = now;
        this.endedAt = to.isFinal() ? now : null;
        if (answeredAt == null) {
            this.answeredAt = now;
        }
        if (to == OfferReferralStatus.STARTED) {
            this.startedAt = now;
            referral.startedAtAPartner(now);
        }
    }

    /**
     * Whether the partner got the young person's details through consent alone: the case's ground was consent when it
     * was referred (for referrals from before that was kept: the case has no other ground now).
     */
    public boolean restsOnConsent() {
        LegalGround ground = legalGround != null ? legalGround : referral.getSharingGround();
        return ground == null || ground == LegalGround.CONSENT;
    }

    /** When the referral ended (declined, completed, stopped); null while it runs (proposed, accepted, started). */
    public Instant endedAt() {
        if (!status.isFinal()) {
            return null;
        }
        return endedAt != null ? endedAt : updatedAt;
    }

    /** Whether it ended longer than {@code needed} before {@code now}: the partner no longer needs the details. */
    public boolean endedLongerAgoThan(Duration needed, Instant now) {
        Instant ended = endedAt();
        return ended != null && ended.plus(needed).isBefore(now);
    }

    public void escalated(Instant now) {
        this.escalatedAt = now;
    }

    public boolean isReplyOverdue(LocalDate today) {
        return status == OfferReferralStatus.PROPOSED && replyBy.isBefore(today);
    }

    public OfferReferralView toView(LocalDate today) {
        return new OfferReferralView(id, referral.getId(), referral.getReference(), offerId, offerName, organisationId,
                organisationName, status, declineReason, note, replyBy, isReplyOverdue(today), proposedAt, updatedAt,
                version, status.next());
    }

    public UUID getId() {
        return id;
    }

    public Referral getReferral() {
        return referral;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public String getOfferName() {
        return offerName;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public OfferReferralStatus getStatus() {
        return status;
    }

    public int getVersion() {
        return version;
    }

    /** The ground the case rested on when it was referred here; null for referrals from before it was kept. */
    public LegalGround getLegalGround() {
        return legalGround;
    }
}
