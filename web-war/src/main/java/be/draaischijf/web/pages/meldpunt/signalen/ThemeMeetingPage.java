package be.draaischijf.web.pages.meldpunt.signalen;

import be.draaischijf.network.api.InvitedPartner;
import be.draaischijf.network.api.MeetingAction;
import be.draaischijf.network.api.MeetingDraft;
import be.draaischijf.network.api.MeetingView;
import be.draaischijf.network.api.ThemeMeetings;
import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.Organisations;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.i18n.Formats;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.ReferenceChoices;
import be.draaischijf.web.layout.Refusals;
import be.draaischijf.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.primefaces.PrimeFaces;

/**
 * /meldpunt/themabijeenkomsten/nieuw?thema={code} and /meldpunt/themabijeenkomsten/{id}: a theme meeting. Coordinators
 * (and administrators) plan it: the theme, the day and hours, the place, the partner organisations invited (each gets
 * its invitation by mail with an .ics), and write it up (agenda, minutes, actions with an owner and a due date); the
 * page says per organisation when its invitation went out. Partner staff of an invited organisation read it; to
 * anyone else the network module says it does not exist (the 404 page).
 */
@Named
@ViewScoped
public class ThemeMeetingPage implements Serializable {

    static final String FORM = "bijeenkomst";

    /** Which input shows the module's message for each field of the draft. */
    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("theme", "thema"), Map.entry("day", "dag"),
            Map.entry("startsAt", "van"), Map.entry("endsAt", "tot"), Map.entry("endAfterStart", "tot"),
            Map.entry("place", "plaats"), Map.entry("partners", "partners"), Map.entry("agenda", "agenda"),
            Map.entry("minutes", "verslag"), Map.entry("actions", "actiesGroep"));

    /** One agreed action as the form edits it. */
    public static class ActionRow implements Serializable {
        private String description;
        private String owner;
        private LocalDate dueOn;
        private boolean done;

        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getOwner() { return owner; }
        public void setOwner(String owner) { this.owner = owner; }
        public LocalDate getDueOn() { return dueOn; }
        public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
        public boolean isDone() { return done; }
        public void setDone(boolean done) { this.done = done; }

        boolean blank() {
            return FormPages.blank(description) && FormPages.blank(owner) && dueOn == null;
        }
    }

    /** An organisation the form offers: its id, name and sector. */
    public record Choice(String id, String name, String sector) implements Serializable {
    }

    @EJB
    ThemeMeetings meetings;

    @EJB
    Organisations organisations;

    @Inject
    ReferenceChoices choices;

    @Inject
    Messages messages;

    @Inject
    CurrentUser currentUser;

    private String id;
    private String themeParam;
    private MeetingView view;

    private String theme;
    private LocalDate day;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private String place;
    private List<String> partners = new ArrayList<>();
    private String agenda;
    private String minutes;
    private List<ActionRow> actions = new ArrayList<>();
    private List<Choice> offered = new ArrayList<>();

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (!isEditing() && !currentUser.isPartner()) {
            // the network module lets coordinators, administrators and invited partner staff in; nobody else reads meetings
            FormPages.refuse(403);
            return;
        }
        try {
            if (isNew()) {
                if (!isEditing()) {
                    FormPages.refuse(403);
                    return;
                }
                theme = themeParam == null ? null : themeParam.strip().toUpperCase(Locale.ROOT);
                day = LocalDate.now(Formats.BRUSSELS).plusWeeks(3);
                startsAt = LocalTime.of(14, 0);
                endsAt = LocalTime.of(16, 0);
                actions.add(new ActionRow());
            } else {
                fill(meetings.open(UUID.fromString(String.valueOf(id))));
            }
        } catch (IllegalArgumentException | NotFound notFound) {
            FormPages.refuse(404);
            return;
        }
        if (isEditing()) {
            offer();
        }
    }

    private void fill(MeetingView meeting) {
        view = meeting;
        theme = meeting.theme();
        day = meeting.day();
        startsAt = meeting.startsAt();
        endsAt = meeting.endsAt();
        place = meeting.place();
        partners = new ArrayList<>(meeting.partners().stream().map(p -> p.organisationId().toString()).toList());
        agenda = meeting.agenda();
        minutes = meeting.minutes();
        actions = new ArrayList<>();
        for (MeetingAction action : meeting.actions()) {
            ActionRow row = new ActionRow();
            row.description = action.description();
            row.owner = action.owner();
            row.dueOn = action.dueOn();
            row.done = action.done();
            actions.add(row);
        }
        if (actions.isEmpty()) {
            actions.add(new ActionRow());
        }
    }

    /** The active organisations by name, and any invited one that is no longer active. */
    private void offer() {
        offered = new ArrayList<>();
        for (OrganisationView organisation : organisations.listActive(0, 500)) {
            offered.add(new Choice(organisation.id().toString(), organisation.name(), organisation.sector()));
        }
        if (view != null) {
            for (InvitedPartner partner : view.partners()) {
                if (offered.stream().noneMatch(choice -> choice.id().equals(partner.organisationId().toString()))) {
                    offered.add(new Choice(partner.organisationId().toString(),
                            partner.name() == null ? messages.text("meeting.partner.inactive") : partner.name(), null));
                }
            }
        }
    }

    public void addAction() {
        actions.add(new ActionRow());
        focus(FORM + ":acties:" + (actions.size() - 1) + ":actieOmschrijving");
    }

    public void removeAction(int index) {
        if (index >= 0 && index < actions.size()) {
            actions.remove(index);
        }
        focus(FORM + ":actieToevoegen");
    }

    /** After a row is added or removed, the keyboard goes on where the person will continue. */
    static void focus(String clientId) {
        PrimeFaces.current().executeScript("var e=document.getElementById('" + clientId + "');if(e){e.focus();}");
    }

    public void save() throws IOException {
        MeetingDraft draft = new MeetingDraft(theme, day, startsAt, endsAt, trim(place),
                partners.stream().map(ThemeMeetingPage::organisationId).filter(java.util.Objects::nonNull).toList(),
                trim(agenda), trim(minutes),
                actions.stream().filter(row -> !row.blank())
                        .map(row -> new MeetingAction(trim(row.description), trim(row.owner), row.dueOn, row.done)).toList());
        MeetingView saved;
        try {
            saved = isNew() ? meetings.plan(draft) : meetings.update(view.id(), view.version(), draft);
        } catch (ChangedMeanwhile e) {
            messages.error(null, "meeting.conflict");
            try {
                view = meetings.open(view.id());
            } catch (NotFound gone) {
                FormPages.refuse(404);
            }
            return;
        } catch (Refusal refused) {
            Refusals.onPage(refused, FORM, FIELDS);
            return;
        }
        FormPages.savedThenTo(messages, isNew() ? "meeting.planned" : "meeting.saved", "/meldpunt/themabijeenkomsten/" + saved.id());
    }

    /** A chosen organisation's id; none for anything else (a form sent by hand). */
    private static UUID organisationId(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return null;
        }
    }

    private static String trim(String text) {
        return FormPages.blank(text) ? null : text.strip();
    }

    public boolean isNew() {
        return "nieuw".equals(id);
    }

    /** Coordinators and administrators plan and write up; invited partner staff read. */
    public boolean isEditing() {
        return currentUser.isCoordinator() || currentUser.isAdmin();
    }

    /** The themes a meeting may have: the active ones, and the meeting's own. */
    public List<ReferenceItem> getThemes() {
        return ReferenceItem.offered(choices.items(ReferenceList.SIGNAL_THEME), theme == null ? List.of() : List.of(theme));
    }

    /** Actions as saved (for the read-only view): without empty rows. */
    public List<ActionRow> getSavedActions() {
        return actions.stream().filter(row -> !row.blank()).toList();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getThemeParam() { return themeParam; }
    public void setThemeParam(String themeParam) { this.themeParam = FormPages.blank(themeParam) ? null : themeParam; }
    public MeetingView getView() { return view; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public LocalTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalTime startsAt) { this.startsAt = startsAt; }
    public LocalTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalTime endsAt) { this.endsAt = endsAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public List<String> getPartners() { return partners; }
    public void setPartners(List<String> partners) { this.partners = partners == null ? new ArrayList<>() : new ArrayList<>(partners); }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = agenda; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = minutes; }
    public List<ActionRow> getActions() { return actions; }
    public List<Choice> getOffered() { return offered; }
}
