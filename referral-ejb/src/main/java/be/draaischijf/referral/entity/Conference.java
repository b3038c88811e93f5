package be.draaischijf.referral.entity;

import be.draaischijf.referral.api.ConferenceAction;
import be.draaischijf.referral.api.ConferenceDraft;
import be.draaischijf.referral.api.ConferenceParticipant;
import be.draaischijf.referral.api.ConferenceView;
import be.draaischijf.referral.api.LegalGround;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A case conference (netwerkoverleg): when, where, why, on which legal ground, who, and what was agreed. */
@Entity
@Table(name = "case_conference")
public class Conference {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id")
    private Referral referral;

    @Column(name = "held_at", nullable = false)
    private LocalDateTime heldAt;

    @Column(nullable = false, length = 300)
    private String place;

    @Column(nullable = false, length = 2000)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "legal_ground", nullable = false, length = 40)
    private LegalGround legalGround;

    @Column(length = 4000)
    private String agenda;

    @Column(length = 8000)
    private String minutes;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @ElementCollection
    @CollectionTable(name = "conference_participant", joinColumns = @JoinColumn(name = "conference_id"))
    @OrderColumn(name = "position")
    private List<Participant> participants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "conference_action", joinColumns = @JoinColumn(name = "conference_id"))
    @OrderColumn(name = "position")
    private List<Action> actions = new ArrayList<>();

    @Version
    private int version;

    protected Conference() {
    }

    public Conference(Referral referral, String createdBy, ConferenceDraft draft, LocalDate today) {
        this.id = UUID.randomUUID();
        this.referral = referral;
        this.createdBy = createdBy;
        apply(draft, today);
    }

    /**
     * Takes over the draft; an action keeps its reminder date while its description and due date stay the same, and
     * the day it was marked done (today for an action marked done now: the reports count actions done on time).
     */
    public final void apply(ConferenceDraft draft, LocalDate today) {
        this.heldAt = draft.heldAt();
        this.place = draft.place().strip();
        this.purpose = draft.purpose().strip();
        this.legalGround = draft.legalGround();
        this.agenda = blankToNull(draft.agenda());
        this.minutes = blankToNull(draft.minutes());
        this.participants = new ArrayList<>(draft.participants().stream().map(Participant::new).toList());
        List<Action> before = actions;
        this.actions = new ArrayList<>(draft.actions().stream().map(action -> new Action(action, before, today)).toList());
    }

    public boolean hasParticipant(String username) {
        return participants.stream().anyMatch(p -> username.equalsIgnoreCase(p.username));
    }

    public ConferenceView toView() {
        return new ConferenceView(id, referral.getId(), referral.getReference(), new ConferenceDraft(heldAt, place, purpose,
                legalGround, participants.stream().map(Participant::toParticipant).toList(), agenda, minutes,
                actions.stream().map(Action::toAction).toList()), version);
    }

    public UUID getId() {
        return id;
    }

    public Referral getReferral() {
        return referral;
    }

    public LocalDateTime getHeldAt() {
        return heldAt;
    }

    public int getVersion() {
        return version;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Someone invited to the conference. */
    @Embeddable
    public static class Participant {

        @Column(nullable = false, length = 200)
        private String name;

        @Column(length = 200)
        private String represents;

        @Column(length = 100)
        private String username;

        protected Participant() {
        }

        Participant(ConferenceParticipant participant) {
            this.name = participant.name().strip();
            this.represents = blankToNull(participant.represents());
            this.username = participant.username() == null || participant.username().isBlank()
                    ? null : participant.username().strip().toLowerCase(java.util.Locale.ROOT);
        }

        ConferenceParticipant toParticipant() {
            return new ConferenceParticipant(name, represents, username);
        }
    }

    /** An agreed action. */
    @Embeddable
    public static class Action {

        @Column(nullable = false, length = 1000)
        private String description;

        @Column(nullable = false, length = 200)
        private String owner;

        @Column(name = "owner_email", length = 200)
        private String ownerEmail;

        @Column(name = "due_on", nullable = false)
        private LocalDate dueOn;

        @Column(nullable = false)
        private boolean done;

        @Column(name = "reminded_on")
        private LocalDate remindedOn;

        /** The day it was marked done (null when open, and for actions marked done before issue 17). */
        @Column(name = "done_on")
        private LocalDate doneOn;

        protected Action() {
        }

        Action(ConferenceAction action, List<Action> before, LocalDate today) {
            this.description = action.description().strip();
            this.owner = action.owner().strip();
            this.ownerEmail = blankToNull(action.ownerEmail());
            this.dueOn = action.dueOn();
            this.done = action.done();
            this.remindedOn = before.stream()
                    .filter(old -> old.description.equals(description) && old.dueOn.equals(dueOn))
                    .map(old -> old.remindedOn).filter(Objects::nonNull).findFirst().orElse(null);
            Action doneBefore = before.stream()
                    .filter(old -> old.done && old.description.equals(description) && old.dueOn.equals(dueOn))
                    .findFirst().orElse(null);
            this.doneOn = !done ? null : doneBefore == null ? today : doneBefore.doneOn;
        }

        ConferenceAction toAction() {
            return new ConferenceAction(description, owner, ownerEmail, dueOn, done);
        }
    }
}
