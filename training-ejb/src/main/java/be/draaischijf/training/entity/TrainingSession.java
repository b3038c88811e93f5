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
import java.util.HashSet;
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

    /**
     * What an edit changed that registered people should hear about: the days (times, added or taken away),
     * the venue or the online link; whether the first start moved (reminders are due again); the days taken
     * away (for a cancelled event in their calendars).
     */
    public record Changes(boolean daysOrPlace, boolean startMoved, List<SessionDay> removedDays) {
    }

    /** Takes over what the draft says (the caller checked the version and the capacity). */
    public Changes apply(SessionDraft draft, String actor, Instant now) {
        List<SessionDay> oldDays = daysWithUids();
        Instant oldStart = startsAt;
        String oldPlace = venue + "|" + venueAddress + "|" + onlineLink;
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
        List<SessionDay> newDays = withKeptUids(oldDays, draft.dates().stream().map(SessionDay::of)
                .sorted(Comparator.comparing(SessionDay::getStartsAt)).toList());
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
        Set<String> kept = new HashSet<>();
        newDays.forEach(day -> kept.add(day.getUid()));
        List<SessionDay> removed = oldDays.stream().filter(day -> !kept.contains(day.getUid())).toList();
        boolean daysChanged = oldDays.size() != newDays.size() || !removed.isEmpty() || java.util.stream.IntStream
                .range(0, newDays.size()).anyMatch(i -> !oldDays.get(i).getStartsAt().equals(newDays.get(i).getStartsAt())
                        || !oldDays.get(i).getEndsAt().equals(newDays.get(i).getEndsAt()));
        boolean placeChanged = !oldPlace.equals(venue + "|" + venueAddress + "|" + onlineLink);
        return new Changes(oldStart != null && (daysChanged || placeChanged), oldStart != null && !oldStart.equals(startsAt),
                removed);
    }

    /** The days with their UIDs; a day stored before UIDs were kept gets the one it had then (from its position). */
    private List<SessionDay> daysWithUids() {
        List<SessionDay> withUids = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            SessionDay day = days.get(i);
            withUids.add(day.getUid() != null ? day : day.withUid(id + "-" + i + "@draaischijf"));
        }
        return withUids;
    }

    /**
     * Gives each new day a UID: the one the draft sent back when it is one of this session's, else that of
     * an old day on the same date, else (in order) one of the old days left over (the day was moved), else a
     * new one. So a calendar updates the days it has instead of adding new ones, also when a day is taken away.
     */
    private List<SessionDay> withKeptUids(List<SessionDay> oldDays, List<SessionDay> newDays) {
        String[] uids = new String[newDays.size()];
        Set<String> known = new HashSet<>();
        oldDays.forEach(day -> known.add(day.getUid()));
        Set<String> used = new HashSet<>();
        for (int i = 0; i < uids.length; i++) {
            String sent = newDays.get(i).getUid();
            if (sent != null && known.contains(sent) && used.add(sent)) {
                uids[i] = sent;
            }
        }
        for (int i = 0; i < uids.length; i++) {
            if (uids[i] == null) {
                java.time.LocalDate date = newDays.get(i).localDay();
                for (SessionDay old : oldDays) {
                    if (!used.contains(old.getUid()) && old.localDay().equals(date)) {
                        uids[i] = old.getUid();
                        used.add(old.getUid());
                        break;
                    }
                }
            }
        }
        java.util.Iterator<SessionDay> leftOver = oldDays.stream().filter(day -> !used.contains(day.getUid())).toList().iterator();
        List<SessionDay> result = new ArrayList<>();
        for (int i = 0; i < uids.length; i++) {
            String uid = uids[i] != null ? uids[i] : leftOver.hasNext() ? leftOver.next().getUid() : UUID.randomUUID() + "@draaischijf";
            result.add(newDays.get(i).withUid(uid));
        }
        return result;
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

    /**
     * Whether a registration can still be cancelled: only while the session is published and has not started
     * (afterwards the registration is history: its check-in and a no-show stay as they are).
     */
    public boolean takesCancellationsAt(Instant now) {
        return status == SessionStatus.PUBLISHED && now.isBefore(startsAt);
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
                trainers, venue, venueAddress, onlineLink, daysWithUids().stream().map(SessionDay::toDate).toList(), startsAt, endsAt,
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

    /** The days, each with its iCalendar UID. */
    public List<SessionDay> getDays() {
        return List.copyOf(daysWithUids());
    }

    public int getVersion() {
        return version;
    }
}
