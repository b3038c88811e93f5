package be.draaischijf.referral.entity;

import be.draaischijf.referral.api.EventKind;
import be.draaischijf.referral.api.EventMessage;
import be.draaischijf.referral.api.TimelineEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry on a case's timeline: a note, call, e-mail, state change or answer. Never changed afterwards. */
@Entity
@Immutable
@Table(name = "case_event")
public class CaseEvent {

    @Id
    private UUID id;

    @Column(name = "referral_id", nullable = false)
    private UUID referralId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private EventKind kind;

    /** What was written by a person (may be empty); the whole sentence for entries from before messages. */
    @Column(nullable = false, length = 4000)
    private String text;

    /** The message key ({@code event.*}); null for entries from before messages. */
    @Column(length = 100)
    private String message;

    @Column(name = "message_values", length = 2000)
    private String messageValues;

    /** The referral to an offer this entry is about (sent, answered, escalated); null for the rest of the case. */
    @Column(name = "offer_referral_id")
    private UUID offerReferralId;

    protected CaseEvent() {
    }

    public CaseEvent(UUID referralId, UUID offerReferralId, Instant at, String actor, EventKind kind, EventMessage message,
                     String text) {
        this.id = UUID.randomUUID();
        this.referralId = referralId;
        this.offerReferralId = offerReferralId;
        this.at = at;
        this.actor = actor;
        this.kind = kind;
        this.message = message == null ? null : message.key();
        this.messageValues = message == null ? null : message.encodedValues();
        String written = text == null ? "" : text.strip();
        this.text = written.length() > 4000 ? written.substring(0, 4000) : written;
    }

    public UUID getOfferReferralId() {
        return offerReferralId;
    }

    public UUID getId() {
        return id;
    }

    public UUID getReferralId() {
        return referralId;
    }

    public TimelineEntry toEntry() {
        return new TimelineEntry(at, actor, kind, EventMessage.decode(message, messageValues), text);
    }
}
