package be.draaischijf.training.entity;

import be.draaischijf.platform.privacy.SubjectField;
import be.draaischijf.platform.privacy.SubjectRecord;
import be.draaischijf.training.api.SubscriberRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An address on the newsletter list: PENDING until the link in the mail is followed, then CONFIRMED. */
@Entity
@Table(name = "newsletter_subscriber")
public class NewsletterSubscriber {

    public static final String PENDING = "PENDING";
    public static final String CONFIRMED = "CONFIRMED";
    public static final String UNSUBSCRIBED = "UNSUBSCRIBED";

    @Id
    private UUID id;

    /** Lower case. */
    @Column(nullable = false, length = 200)
    private String email;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    @Version
    private int version;

    protected NewsletterSubscriber() {
    }

    public NewsletterSubscriber(String email, Instant now) {
        this.id = UUID.randomUUID();
        this.email = email;
        this.status = PENDING;
        this.consentAt = now;
        this.requestedAt = now;
    }

    /** Asked again: a new consent; an unsubscribed address must confirm again. */
    public void requestedAgain(Instant now) {
        this.consentAt = now;
        this.requestedAt = now;
        if (UNSUBSCRIBED.equals(status)) {
            this.status = PENDING;
            this.unsubscribedAt = null;
        }
    }

    public void confirm(Instant now) {
        if (!CONFIRMED.equals(status)) {
            this.status = CONFIRMED;
            this.confirmedAt = now;
            this.unsubscribedAt = null;
        }
    }

    public void unsubscribe(Instant now) {
        if (!UNSUBSCRIBED.equals(status)) {
            this.status = UNSUBSCRIBED;
            this.unsubscribedAt = now;
        }
    }

    public boolean isConfirmed() {
        return CONFIRMED.equals(status);
    }

    public SubscriberRow toRow() {
        return new SubscriberRow(email, consentAt, confirmedAt);
    }

    /** The subscription for a data subject's request: the address, whether it is on the list, and when what happened. */
    public SubjectRecord toSubjectRecord() {
        return new SubjectRecord("training", "newsletter", id, null, requestedAt, List.of(
                SubjectField.text("email", email),
                SubjectField.yesNo("subscribed", isConfirmed()),
                SubjectField.moment("requestedAt", requestedAt),
                SubjectField.moment("consentAt", consentAt),
                SubjectField.moment("confirmedAt", confirmedAt),
                SubjectField.moment("unsubscribedAt", unsubscribedAt)));
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getStatus() {
        return status;
    }
}
