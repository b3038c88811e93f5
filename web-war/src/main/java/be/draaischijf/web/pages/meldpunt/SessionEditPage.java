package be.draaischijf.web.pages.meldpunt;

import be.draaischijf.training.api.CancelOutcome;
import be.draaischijf.training.api.ParticipantRow;
import be.draaischijf.training.api.RegistrationStatus;
import be.draaischijf.training.api.SessionDate;
import be.draaischijf.training.api.SessionDraft;
import be.draaischijf.training.api.SessionKind;
import be.draaischijf.training.api.SessionRegistrations;
import be.draaischijf.training.api.SessionStatus;
import be.draaischijf.training.api.SessionView;
import be.draaischijf.training.api.TrainingSessions;
import be.draaischijf.web.i18n.Formats;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Refusals;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * /meldpunt/vormingen/{id|nieuw}: a session for its organiser. The edit form (dates as a list, capacity,
 * registration window; each day keeps the calendar uid the module gave it), the status actions (publish, duplicate,
 * cancel with a reason), the participants and the waiting list (lazy tables) and the exports (CSV, XLSX through
 * /api/sessions/{id}/registrations.*). Check-in on the day is {@link SessionCheckIn}, the mail to every participant
 * {@link SessionMailForm}. The module's refusals are shown as messages ({@link Refusals}), never as an error page.
 */
@Named
@ViewScoped
public class SessionEditPage implements Serializable {

    static final String FORM = "sessie";

    /** Which input shows the module's message for each property of the draft. */
    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("kind", "soort"), Map.entry("title", "titel"),
            Map.entry("description", "beschrijving"), Map.entry("themes", "themas"), Map.entry("audience", "doelgroep"),
            Map.entry("organiserId", "organisator"), Map.entry("trainers", "lesgevers"), Map.entry("venueName", "locatie"),
            Map.entry("venueAddress", "adres"), Map.entry("onlineLink", "onlinelink"), Map.entry("venueOrOnline", "locatie"),
            Map.entry("dates", "data"), Map.entry("capacity", "capaciteit"), Map.entry("registrationOpens", "opent"),
            Map.entry("registrationCloses", "sluit"), Map.entry("registrationWindow", "sluit"));

    @EJB
    TrainingSessions sessions;

    @EJB
    SessionRegistrations registrations;

    @Inject
    Messages messages;


    private String id;
    private SessionView session;

    private SessionKind kind = SessionKind.TRAINING;
    private String title;
    private String description;
    private List<String> themes = new ArrayList<>();
    private List<String> audience = new ArrayList<>();
    private String organiserId;
    private String trainers;
    private String venueName;
    private String venueAddress;
    private String onlineLink;
    private List<DateRow> dates = new ArrayList<>();
    private Integer capacity = 20;
    private LocalDateTime registrationOpens;
    private LocalDateTime registrationCloses;
    private int version;

    private String cancelReason;

    private PagedModel<ParticipantRow> confirmed;
    private PagedModel<ParticipantRow> waiting;

    /**
     * One day of the session in the form. {@code uid}: the day's calendar uid from the module, kept here (not in
     * the page) and sent back with the day so that calendars update that day; null for a day added in the form.
     */
    public static class DateRow implements Serializable {
        private LocalDate day;
        private LocalTime startsAt;
        private LocalTime endsAt;
        private final String uid;

        public DateRow() {
            this(null, null, null, null);
        }

        DateRow(LocalDate day, LocalTime startsAt, LocalTime endsAt, String uid) {
            this.day = day;
            this.startsAt = startsAt;
            this.endsAt = endsAt;
            this.uid = uid;
        }

        SessionDate toDate() {
            return new SessionDate(day, startsAt, endsAt, uid);
        }

        public LocalDate getDay() { return day; }
        public void setDay(LocalDate day) { this.day = day; }
        public LocalTime getStartsAt() { return startsAt; }
        public void setStartsAt(LocalTime startsAt) { this.startsAt = startsAt; }
        public LocalTime getEndsAt() { return endsAt; }
        public void setEndsAt(LocalTime endsAt) { this.endsAt = endsAt; }
    }

    public void load() throws IOException {
        if ("nieuw".equals(id)) {
            dates.add(new DateRow(LocalDate.now(Formats.BRUSSELS).plusWeeks(2), LocalTime.of(9, 0), LocalTime.of(12, 0), null));
            return;
        }
        try {
            show(sessions.find(UUID.fromString(id == null ? "" : id)));
        } catch (IllegalArgumentException | NotFound notFound) {
            FormPages.refuse(404);
        }
    }

    private void show(SessionView view) {
        session = view;
        kind = view.kind();
        title = view.title();
        description = view.description();
        themes = new ArrayList<>(view.themes());
        audience = new ArrayList<>(view.audience());
        organiserId = view.organiserId() == null ? null : view.organiserId().toString();
        trainers = view.trainers();
        venueName = view.venueName();
        venueAddress = view.venueAddress();
        onlineLink = view.onlineLink();
        dates = rows(view.dates());
        capacity = view.capacity();
        registrationOpens = view.registrationOpens();
        registrationCloses = view.registrationCloses();
        version = view.version();
        UUID sessionId = view.id();
        SessionRegistrations api = registrations;
        confirmed = new PagedModel<>(() -> api.countParticipants(sessionId, RegistrationStatus.CONFIRMED),
                (offset, size) -> api.participants(sessionId, RegistrationStatus.CONFIRMED, offset, size),
                row -> row.id().toString());
        waiting = new PagedModel<>(() -> api.countParticipants(sessionId, RegistrationStatus.WAITLISTED),
                (offset, size) -> api.participants(sessionId, RegistrationStatus.WAITLISTED, offset, size),
                row -> row.id().toString());
    }

    /** The form's rows for the module's days, each with its uid. */
    static List<DateRow> rows(List<SessionDate> days) {
        return new ArrayList<>(days.stream().map(d -> new DateRow(d.day(), d.startsAt(), d.endsAt(), d.uid())).toList());
    }

    SessionDraft draft() {
        return new SessionDraft(kind, title, description, new HashSet<>(themes), new HashSet<>(audience),
                organiserId == null || organiserId.isBlank() ? null : UUID.fromString(organiserId), trainers, venueName,
                venueAddress, onlineLink == null ? "" : onlineLink.strip(),
                dates.stream().map(DateRow::toDate).toList(),
                capacity == null ? 0 : capacity, registrationOpens, registrationCloses, version);
    }

    public void save() throws IOException {
        try {
            if (session == null) {
                SessionView created = sessions.create(draft());
                FormPages.savedThenTo(messages, "sessionEdit.created", "/meldpunt/vormingen/" + created.id());
                return;
            }
            show(sessions.update(session.id(), draft()));
            messages.info("sessionEdit.saved");
        } catch (Refusal refused) {
            Refusals.onPage(refused, FORM, FIELDS);
        }
    }

    /** A new day (without a uid: the module gives it one): a week after the last, at the same hours. */
    public void addDate() {
        DateRow last = dates.isEmpty() ? null : dates.get(dates.size() - 1);
        dates.add(last == null || last.day == null
                ? new DateRow(LocalDate.now(Formats.BRUSSELS).plusWeeks(2), LocalTime.of(9, 0), LocalTime.of(12, 0), null)
                : new DateRow(last.day.plusWeeks(1), last.startsAt, last.endsAt, null));
    }

    public void removeDate(int index) {
        if (dates.size() > 1 && index >= 0 && index < dates.size()) {
            dates.remove(index);
        }
    }

    public void publish() {
        statusChange(() -> sessions.publish(session.id(), version), "sessionEdit.published");
    }

    public void cancelSession() {
        statusChange(() -> sessions.cancel(session.id(), version, cancelReason), "sessionEdit.cancelled");
        cancelReason = null;
    }

    public void duplicate() throws IOException {
        try {
            SessionView copy = sessions.duplicate(session.id());
            FormPages.savedThenTo(messages, "sessionEdit.duplicated", "/meldpunt/vormingen/" + copy.id());
        } catch (Refusal refused) {
            Refusals.message(refused);
        }
    }

    /**
     * Publishing or cancelling. A refusal about the form's fields (publishing a draft whose first day has passed,
     * the normal case after "dupliceer") shows next to the field, with a pointer to it on top of the page.
     */
    private void statusChange(java.util.function.Supplier<SessionView> change, String done) {
        try {
            show(change.get());
            messages.info(done);
        } catch (Invalid invalid) {
            if (invalid.errors().stream().anyMatch(error -> error.field().equals("reason"))) {
                Refusals.fields(invalid, "acties", Map.of("reason", "reden"));
                return;
            }
            messages.error(null, "sessionEdit.notChanged");
            Refusals.fields(invalid, FORM, FIELDS);
        } catch (Refusal refused) {
            Refusals.message(refused);
        }
    }

    public void cancelRegistration(ParticipantRow row) {
        try {
            CancelOutcome outcome = registrations.cancelRegistration(row.id());
            messages.info("sessionEdit.registrationCancelled." + outcome);
            show(sessions.find(session.id()));
        } catch (Refusal refused) {
            Refusals.message(refused);
        }
    }

    public boolean isNew() {
        return session == null;
    }

    public boolean isEditable() {
        return session == null || session.status() == SessionStatus.DRAFT || session.status() == SessionStatus.PUBLISHED;
    }

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public SessionView getSession() { return session; }
    public SessionKind getKind() { return kind; }
    public void setKind(SessionKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<String> getThemes() { return themes; }
    public void setThemes(List<String> themes) { this.themes = themes == null ? new ArrayList<>() : new ArrayList<>(themes); }
    public List<String> getAudience() { return audience; }
    public void setAudience(List<String> audience) { this.audience = audience == null ? new ArrayList<>() : new ArrayList<>(audience); }
    public String getOrganiserId() { return organiserId; }
    public void setOrganiserId(String organiserId) { this.organiserId = organiserId; }
    public String getTrainers() { return trainers; }
    public void setTrainers(String trainers) { this.trainers = trainers; }
    public String getVenueName() { return venueName; }
    public void setVenueName(String venueName) { this.venueName = venueName; }
    public String getVenueAddress() { return venueAddress; }
    public void setVenueAddress(String venueAddress) { this.venueAddress = venueAddress; }
    public String getOnlineLink() { return onlineLink; }
    public void setOnlineLink(String onlineLink) { this.onlineLink = onlineLink; }
    public List<DateRow> getDates() { return dates; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public LocalDateTime getRegistrationOpens() { return registrationOpens; }
    public void setRegistrationOpens(LocalDateTime registrationOpens) { this.registrationOpens = registrationOpens; }
    public LocalDateTime getRegistrationCloses() { return registrationCloses; }
    public void setRegistrationCloses(LocalDateTime registrationCloses) { this.registrationCloses = registrationCloses; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public PagedModel<ParticipantRow> getConfirmed() { return confirmed; }
    public PagedModel<ParticipantRow> getWaiting() { return waiting; }
}
