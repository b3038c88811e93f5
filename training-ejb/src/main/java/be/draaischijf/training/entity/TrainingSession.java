package be.draaischijf.training.entity;

import be.draaischijf.training.api.SessionDraft;
import be.draaischijf.training.api.SessionKind;
import be.draaischijf.training.api.SessionStatus;
import be.draaischijf.training.api.SessionSummary;
import be.draaischijf.training.api.SessionView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;

/**
 * A training or info session (vorming, infosessie). The seat counters and the queue number are changed only
 * under a pessimistic lock on this row and do not raise the version (which is the coordinators' optimistic
 * lock and the iCalendar SEQUENCE).
 */
@Entity
@Table(name = "training_session")
@DynamicUpdate
public class TrainingSession {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SessionKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    /** The venue's name. */
    @Column(length = 300)
    private String venue;

    @Column(name = "venue_address", length = 300)
    private String venueAddress;

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Column(length = 500)
    private String trainers;

    @Column(name = "organiser_id")
    private UUID organiserId;

    @Column(nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SessionStatus status;

    @Column(name = "registration_opens")
    private Instant registrationOpens;

    @Column(name = "registration_closes")
    private Instant registrationCloses;

    @OptimisticLock(excluded = true)
    @Column(name = "confirmed_count", nullable = false)
    private int confirmedCount;

    @OptimisticLock(excluded = true)
    @Column(name = "waiting_count", nullable = false)
    private int waitingCount;

    @OptimisticLock(excluded = true)
    @Column(name = "next_queue_number", nullable = false)
    private int nextQueueNumber = 1;

    @Column(name = "cancel_reason", length = 1000)
    private String cancelReason;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by", length = 100)
    private String createdBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "training_session_date", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<SessionDay> days = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "training_session_theme", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "code", length = 40)
    private Set<String> themes = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "training_session_audience", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "code", length = 40)
    private Set<String> audience = new LinkedHashSet<>();

    @Version
    private int version;

    protected TrainingSession() {
    }

    /** A new DRAFT. */
    public TrainingSession(SessionDraft draft, String actor, Instant now) {
        this.id = UUID.randomUUID();
        this.status = SessionStatus.DRAFT;
        this.createdAt = now;
        this.createdBy = actor;
        apply(draft, actor, now);
    }

    /** A copy as a new DRAFT, without registrations. */
    public TrainingSession copy(String actor, Instant now) {
        return new TrainingSession(toView(now).toDraft(), actor, now);
    }

    /** Takes over what the draft says (the caller checked the version and the capacity). */
    public void apply(SessionDraft draft, String actor, Instant now) {
        this.kind = draft.kind();
        this.title = draft.title().strip();
        this.description = blankToNull(draft.description());
        this.themes.clear();
        this.themes.addAll(new TreeSet<>(draft.themes()));
        this.audience.clear();
        this.audience.addAll(new TreeSet<>(draft.audience()));
        this.organiserId = draft.organiserId();
        this.trainers = blankToNull(draft.trainers());
        this.venue = blankToNull(draft.venueName());
        this.venueAddress = blankToNull(draft.venueAddress());
        this.onlineLink = blankToNull(draft.onlineLink());
        List<SessionDay> newDays = draft.dates().stream().map(SessionDay::of)
                .sorted(Comparator.comparing(SessionDay::getStartsAt)).toList();
        this.days.clear();
        this.days.addAll(newDays);
        this.startsAt = newDays.get(0).getStartsAt();
        this.endsAt = newDays.stream().map(SessionDay::getEndsAt).max(Comparator.naturalOrder()).orElseThrow();
        this.capacity = draft.capacity();
        this.registrationOpens = draft.registrationOpens() == null ? null
                : draft.registrationOpens().atZone(SessionDay.BRUSSELS).toInstant();
        this.registrationCloses = draft.registrationCloses() == null ? null
                : draft.registrationCloses().atZone(SessionDay.BRUSSELS).toInstant();
        touch(actor, now);
    }

    public void touch(String actor, Instant now) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** When registrations close: the set moment, else the first start. */
    public Instant closesAt() {
        return registrationCloses != null && registrationCloses.isBefore(startsAt) ? registrationCloses : startsAt;
    }

    public boolean takesRegistrationsAt(Instant now) {
        return status == SessionStatus.PUBLISHED && (registrationOpens == null || !now.isBefore(registrationOpens))
                && now.isBefore(closesAt());
    }

    public void publish(String actor, Instant now) {
        this.status = SessionStatus.PUBLISHED;
        touch(actor, now);
    }

    public void cancel(String reason, String actor, Instant now) {
        this.status = SessionStatus.CANCELLED;
        this.cancelReason = blankToNull(reason);
        touch(actor, now);
    }

    /** A seat taken (under the session lock). */
    public void seatTaken() {
        confirmedCount++;
    }

    public void seatFreed() {
        confirmedCount--;
    }

    /** The next waiting-list queue number (under the session lock). */
    public int joinQueue() {
        waitingCount++;
        return nextQueueNumber++;
    }

    public void leftQueue() {
        waitingCount--;
    }

    public int freePlaces() {
        return Math.max(0, capacity - confirmedCount);
    }

    public SessionView toView(Instant now) {
        return new SessionView(id, kind, title, description, new TreeSet<>(themes), new TreeSet<>(audience), organiserId,
                trainers, venue, venueAddress, onlineLink, days.stream().map(SessionDay::toDate).toList(), startsAt, endsAt,
                capacity, confirmedCount, waitingCount, freePlaces(), local(registrationOpens), local(registrationCloses),
                takesRegistrationsAt(now), status, cancelReason, version);
    }

    public SessionSummary toSummary() {
        return new SessionSummary(id, kind, title, startsAt, endsAt, venue, capacity, status, confirmedCount, waitingCount,
                freePlaces(), onlineLink != null, Math.max(1, days.size()), themes);
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, SessionDay.BRUSSELS);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public UUID getId() {
        return id;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getConfirmedCount() {
        return confirmedCount;
    }

    public int getWaitingCount() {
        return waitingCount;
    }

    public List<SessionDay> getDays() {
        return List.copyOf(days);
    }

    public int getVersion() {
        return version;
    }
}
