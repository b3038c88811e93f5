package be.draaischijf.network.entity;

import be.draaischijf.network.api.InvitedPartner;
import be.draaischijf.network.api.MeetingAction;
import be.draaischijf.network.api.MeetingDraft;
import be.draaischijf.network.api.MeetingSummary;
import be.draaischijf.network.api.MeetingView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * A theme meeting (themabijeenkomst): around one theme, on one day, at one place, with partner organisations (by id:
 * they are the partner module's) each of which keeps when its invitation was mailed, the agenda, the minutes and the
 * actions agreed.
 */
@Entity
@Table(name = "theme_meeting")
public class ThemeMeeting {

    @Id
    private UUID id;

    @Column(nullable = false, length = 40)
    private String theme;

    @Column(name = "meeting_day", nullable = false)
    private LocalDate meetingDay;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(nullable = false, length = 300)
    private String place;

    @Column(length = 4000)
    private String agenda;

    @Column(length = 8000)
    private String minutes;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "theme_meeting_partner", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Invitation> partners = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "theme_meeting_action", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<Action> actions = new ArrayList<>();

    @Version
    private int version;

    protected ThemeMeeting() {
    }

    public ThemeMeeting(MeetingDraft draft, String createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(draft, now);
    }

    /**
     * Takes over the draft. An organisation invited before keeps its invitation (when it was mailed); one new to the
     * list has none yet.
     */
    public final void apply(MeetingDraft draft, Instant now) {
        this.theme = draft.theme();
        this.meetingDay = draft.day();
        this.startsAt = draft.startsAt();
        this.endsAt = draft.endsAt();
        this.place = draft.place().strip();
        this.agenda = blankToNull(draft.agenda());
        this.minutes = blankToNull(draft.minutes());
        List<Invitation> before = partners;
        List<Invitation> after = new ArrayList<>();
        for (UUID organisation : draft.partners()) {
            after.add(before.stream().filter(old -> old.organisationId.equals(organisation)).findFirst()
                    .orElseGet(() -> new Invitation(organisation)));
        }
        this.partners = after;
        this.actions = new ArrayList<>(draft.actions().stream().map(Action::new).toList());
        if (createdAt != null && !createdAt.equals(now)) {
            this.updatedAt = now;
        }
    }

    /** Whether the day, the hours or the place differ from the draft's: what an invitation told. */
    public boolean momentOrPlaceDiffer(MeetingDraft draft) {
        return !meetingDay.equals(draft.day()) || !startsAt.equals(draft.startsAt()) || !endsAt.equals(draft.endsAt())
                || !place.equals(draft.place().strip());
    }

    /** The organisations invited whose invitation was not mailed yet. */
    public List<UUID> notInvitedYet() {
        return partners.stream().filter(p -> p.invitedAt == null).map(p -> p.organisationId).toList();
    }

    /** The organisations whose invitation was mailed. */
    public List<UUID> invited() {
        return partners.stream().filter(p -> p.invitedAt != null).map(p -> p.organisationId).toList();
    }

    /** Notes that the organisation's invitation was mailed now. */
    public void invitationSent(UUID organisation, Instant now) {
        partners.stream().filter(p -> p.organisationId.equals(organisation)).forEach(p -> p.invitedAt = now);
    }

    /** Whether partner staff of this organisation may read the meeting. */
    public boolean invites(UUID organisation) {
        return organisation != null && partners.stream().anyMatch(p -> p.organisationId.equals(organisation));
    }

    /** The meeting with the organisations' names as given (id → name; a missing one has none). */
    public MeetingView toView(Map<UUID, String> names) {
        return new MeetingView(id, theme, meetingDay, startsAt, endsAt, place,
                partners.stream().map(p -> new InvitedPartner(p.organisationId, names.get(p.organisationId), p.invitedAt)).toList(),
                agenda, minutes, actions.stream().map(Action::toAction).toList(), version);
    }

    public MeetingSummary toSummary() {
        return new MeetingSummary(id, theme, meetingDay, startsAt, endsAt, place, partners.size(),
                (int) actions.stream().filter(action -> !action.done).count());
    }

    public List<UUID> partnerIds() {
        return partners.stream().map(p -> p.organisationId).toList();
    }

    public UUID getId() {
        return id;
    }

    public LocalDate getMeetingDay() {
        return meetingDay;
    }

    public String getTheme() {
        return theme;
    }

    public int getVersion() {
        return version;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An organisation invited, and when its invitation was mailed (null: not mailed, no address known). */
    @Embeddable
    public static class Invitation {

        @Column(name = "organisation_id", nullable = false)
        private UUID organisationId;

        @Column(name = "invited_at")
        private Instant invitedAt;

        protected Invitation() {
        }

        Invitation(UUID organisationId) {
            this.organisationId = Objects.requireNonNull(organisationId);
        }
    }

    /** An action agreed. */
    @Embeddable
    public static class Action {

        @Column(nullable = false, length = 1000)
        private String description;

        @Column(nullable = false, length = 200)
        private String owner;

        @Column(name = "due_on", nullable = false)
        private LocalDate dueOn;

        @Column(nullable = false)
        private boolean done;

        protected Action() {
        }

        Action(MeetingAction action) {
            this.description = action.description().strip();
            this.owner = action.owner().strip();
            this.dueOn = action.dueOn();
            this.done = action.done();
        }

        MeetingAction toAction() {
            return new MeetingAction(description, owner, dueOn, done);
        }
    }
}
