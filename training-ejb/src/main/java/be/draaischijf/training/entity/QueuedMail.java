package be.draaischijf.training.entity;

import be.draaischijf.platform.Mailer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A mail in the outbox (ADR 0019): written in the transaction whose change it reports, sent after the
 * commit, tried again later when the mail server did not take it. Sent mails are deleted; one that kept
 * failing stays, without its text, with {@code failedAt} and the last error.
 */
@Entity
@Table(name = "training_mail")
public class QueuedMail {

    @Id
    private UUID id;

    @Column(nullable = false, length = 1000)
    private String recipients;

    @Column(nullable = false, length = 600)
    private String subject;

    @Column(nullable = false, length = 20000)
    private String body;

    @Column(name = "attachment_name", length = 200)
    private String attachmentName;

    @Column(name = "attachment_type", length = 200)
    private String attachmentType;

    /** Training mails carry text attachments only (.ics, UTF-8). */
    @Column(name = "attachment_text", length = 200000)
    private String attachmentText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected QueuedMail() {
    }

    /** A new mail, due for a retry from {@code dueFrom} on (the server that wrote it sends it before that). */
    public QueuedMail(Mailer.Mail mail, Instant now, Instant dueFrom) {
        if (mail.attachments().size() > 1) {
            throw new IllegalArgumentException("a training mail has at most one attachment");
        }
        this.id = UUID.randomUUID();
        this.recipients = String.join(",", mail.to());
        this.subject = mail.subject();
        this.body = mail.text();
        if (!mail.attachments().isEmpty()) {
            Mailer.Attachment attachment = mail.attachments().get(0);
            this.attachmentName = attachment.fileName();
            this.attachmentType = attachment.contentType();
            this.attachmentText = new String(attachment.content(), StandardCharsets.UTF_8);
        }
        this.createdAt = now;
        this.nextAttemptAt = dueFrom;
    }

    public Mailer.Mail toMail() {
        List<Mailer.Attachment> attachments = attachmentName == null ? List.of()
                : List.of(new Mailer.Attachment(attachmentName, attachmentType, attachmentText.getBytes(StandardCharsets.UTF_8)));
        return new Mailer.Mail(Arrays.asList(recipients.split(",")), subject, body, attachments);
    }

    /** One more try (the timer's claim counts it in its update; a first send from memory counts it here). */
    public void attempted() {
        attempts++;
    }

    /**
     * Not taken by the mail server: try again after a pause that doubles with each attempt (1, 2, 4 … minutes,
     * at most an hour); after {@code maxAttempts} it is given up: its text is dropped, the error kept.
     */
    public void notSent(String error, Instant now, int maxAttempts) {
        this.claimedUntil = null;
        this.lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts >= maxAttempts) {
            this.failedAt = now;
            this.body = "";
            this.attachmentText = null;
        } else {
            this.nextAttemptAt = now.plusSeconds(Math.min(3600L, 60L << Math.min(6, Math.max(0, attempts - 1))));
        }
    }

    public UUID getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getFailedAt() {
        return failedAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }
}
