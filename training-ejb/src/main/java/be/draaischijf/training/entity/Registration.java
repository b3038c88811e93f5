package be.draaischijf.training.entity;

import be.draaischijf.training.api.Attendance;
import be.draaischijf.training.api.ParticipantRow;
import be.draaischijf.training.api.RegistrationForm;
import be.draaischijf.training.api.RegistrationStatus;
import be.draaischijf.platform.privacy.SubjectField;
import be.draaischijf.platform.privacy.SubjectRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Someone's registration for a session: confirmed, on the waiting list, or cancelled. */
@Entity
@Table(name = "training_registration")
@DynamicUpdate
public class Registration {

    @Id
    private UUID id;

    @Column(name = "session_id", nullable = false)
    private UUID sessionId;

    /** Null once anonymised (as are the e-mail address, organisation, function and remarks). */
    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", length = 100)
    private String lastName;

    @Column(length = 200)
    private String email;

    /** The lower-cased e-mail while active, null once cancelled (unique per session). */
    @Column(name = "active_email", length = 200)
    private String activeEmail;

    @Column(length = 200)
    private String organisation;

    @Column(length = 40)
    private String sector;

    @Column(name = "function_title", length = 200)
    private String function;

    @Column(length = 2000)
    private String remarks;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RegistrationStatus status;

    @Column(name = "queue_number")
    private Integer queueNumber;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 10)
    private Attendance attendance;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    /** When the retention rule took who registered away (a period after the session ended); null until then. */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    /**
     * The client's request key that made the registration ({@code Idempotency-Key}, ADR 0049), as its SHA-256, and the
     * fingerprint of that request (session and form): a retry with the key finds the registration here. Null without
     * a key, and once the registration is anonymised.
     */
    @Column(name = "request_key", length = 64)
    private String requestKey;

    @Column(name = "request_fingerprint", length = 64)
    private String requestFingerprint;

    protected Registration() {
    }

    private Registration(UUID sessionId, RegistrationForm form, Instant now) {
        this.id = UUID.randomUUID();
        this.sessionId = sessionId;
        this.firstName = form.firstName().strip();
        this.lastName = form.lastName().strip();
        this.email = form.email().strip();
        this.activeEmail = normalised(form.email());
        this.organisation = blankToNull(form.organisation());
        this.sector = blankToNull(form.sector());
        this.function = blankToNull(form.function());
        this.remarks = blankToNull(form.remarks());
        this.consentAt = now;
        this.registeredAt = now;
    }

    public static Registration confirmed(UUID sessionId, RegistrationForm form, Instant now) {
        Registration registration = new Registration(sessionId, form, now);
        registration.status = RegistrationStatus.CONFIRMED;
        registration.confirmedAt = now;
        return registration;
    }

    public static Registration waiting(UUID sessionId, RegistrationForm form, int queueNumber, Instant now) {
        Registration registration = new Registration(sessionId, form, now);
        registration.status = RegistrationStatus.WAITLISTED;
        registration.queueNumber = queueNumber;
        return registration;
    }

    /**
     * The request that made the registration carried a key ({@code Idempotency-Key}, ADR 0049): its stored form and the
     * request's fingerprint, kept with the registration in the transaction that makes it.
     */
    public void madeByRequest(String storedKey, String fingerprint) {
        this.requestKey = storedKey;
        this.requestFingerprint = fingerprint;
    }

    /** The fingerprint of the request that made the registration with a key; null without one. */
    public String getRequestFingerprint() {
        return requestFingerprint;
    }

    /** How e-mail addresses are compared: trimmed and lower case. */
    public static String normalised(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** From the waiting list to a seat (keeps its queue number as history). */
    public void promote(Instant now) {
        this.status = RegistrationStatus.CONFIRMED;
        this.confirmedAt = now;
    }

    public void cancel(Instant now) {
        this.status = RegistrationStatus.CANCELLED;
        this.activeEmail = null;
        this.cancelledAt = now;
    }

    public void recordAttendance(Attendance attendance) {
        this.attendance = attendance;
    }

    public ParticipantRow toRow(Integer position, boolean sessionOver) {
        return new ParticipantRow(id, firstName, lastName, email, organisation, sector, function, remarks, status,
                position, registeredAt, confirmedAt, cancelledAt, consentAt, attendance,
                sessionOver && status == RegistrationStatus.CONFIRMED && attendance == Attendance.ABSENT);
    }

    /**
     * What the registration holds about the person who made it, for a data subject's request: never a link's token.
     *
     * @param sessionTitle the session's title
     * @param sessionDay   the session's first day (Brussels)
     */
    public SubjectRecord toSubjectRecord(String sessionTitle, LocalDate sessionDay) {
        return new SubjectRecord("training", "registration", id, null, registeredAt, List.of(
                SubjectField.text("session", sessionTitle),
                SubjectField.date("sessionDate", sessionDay),
                SubjectField.code("status", status),
                SubjectField.text("firstName", firstName),
                SubjectField.text("lastName", lastName),
                SubjectField.text("email", email),
                SubjectField.text("organisation", organisation),
                SubjectField.text("sector", sector),
                SubjectField.text("function", function),
                SubjectField.text("remarks", remarks),
                SubjectField.moment("registeredAt", registeredAt),
                SubjectField.moment("consentAt", consentAt),
                SubjectField.moment("confirmedAt", confirmedAt),
                SubjectField.moment("cancelledAt", cancelledAt),
                SubjectField.code("attendance", attendance)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public UUID getId() {
        return id;
    }

    public UUID getSessionId() {
        return sessionId;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Integer getQueueNumber() {
        return queueNumber;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }
}
