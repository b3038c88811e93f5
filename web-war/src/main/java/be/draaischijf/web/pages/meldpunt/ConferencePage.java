package be.draaischijf.web.pages.meldpunt;

import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.Accounts;
import be.draaischijf.referral.api.CaseConferences;
import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.referral.api.Channel;
import be.draaischijf.referral.api.ConferenceAction;
import be.draaischijf.referral.api.ConferenceDraft;
import be.draaischijf.referral.api.ConferenceParticipant;
import be.draaischijf.referral.api.ConferenceView;
import be.draaischijf.referral.api.LegalGround;
import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Refusals;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.primefaces.PrimeFaces;

/**
 * /meldpunt/overleg/nieuw?dossier={caseId} and /meldpunt/overleg/{id}: a case conference (netwerkoverleg).
 * Coordinators plan it (the case moves to CASE_CONFERENCE) and write it up: when, where, why, on which legal
 * ground, who takes part, agenda, minutes and the actions agreed. A participant with an account sees the
 * conference they take part in, read-only, and nothing else of the case. People with an account are found by name or
 * e-mail address ({@link ParticipantSearch}) and shown with both; someone without one is added with a name.
 */
@Named
@ViewScoped
public class ConferencePage implements Serializable {

    static final String FORM = "overleg";

    private static final Map<String, String> FIELDS = Map.of("heldAt", "moment", "place", "plaats", "purpose", "doel",
            "legalGround", "grond", "participants", "deelnemersGroep", "agenda", "agenda", "minutes", "verslag",
            "actions", "actiesGroep");

    /**
     * One participant as the form edits it. With an account ({@code username}), the name and the address are the
     * account's and only what they represent is typed; without one, the name is typed too.
     */
    public static class ParticipantRow implements Serializable {
        private String name;
        private String represents;
        private String username;
        /** The account's address, shown beside the name (not saved with the conference). */
        private String email;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getRepresents() { return represents; }
        public void setRepresents(String represents) { this.represents = represents; }
        public String getUsername() { return username; }
        public String getEmail() { return email; }

        /** Whether the participant has an account: shown as name and address, invited by mail, sees the conference. */
        public boolean isAccount() {
            return !FormPages.blank(username);
        }

        boolean blank() {
            return FormPages.blank(name) && FormPages.blank(represents) && FormPages.blank(username);
        }
    }

    /** One agreed action as the form edits it. */
    public static class ActionRow implements Serializable {
        private String description;
        private String owner;
        private String ownerEmail;
        private LocalDate dueOn;
        private boolean done;

        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description; }
        public String getOwner() { return owner; }
        public void setOwner(String owner) { this.owner = owner; }
        public String getOwnerEmail() { return ownerEmail; }
        public void setOwnerEmail(String ownerEmail) { this.ownerEmail = ownerEmail; }
        public LocalDate getDueOn() { return dueOn; }
        public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
        public boolean isDone() { return done; }
        public void setDone(boolean done) { this.done = done; }

        boolean blank() {
            return FormPages.blank(description) && FormPages.blank(owner) && FormPages.blank(ownerEmail) && dueOn == null;
        }
    }

    @EJB
    CaseConferences conferences;

    @EJB
    ReferralCases cases;

    @EJB
    Accounts accounts;

    @Inject
    Messages messages;

    @Inject
    CurrentUser currentUser;

    private String id;
    private String caseParam;
    private UUID caseId;
    private String caseReference;
    private int caseVersion;
    private ConferenceView view;

    private LocalDateTime heldAt;
    private String place;
    private String purpose;
    private LegalGround legalGround;
    private List<ParticipantRow> participants = new ArrayList<>();
    private String agenda;
    private String minutes;
    private List<ActionRow> actions = new ArrayList<>();

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            if (isNew()) {
                if (!isEditing()) {
                    FormPages.refuse(403);
                    return;
                }
                CaseDetail detail = cases.open(UUID.fromString(String.valueOf(caseParam)));
                startFrom(detail);
            } else {
                view = conferences.open(UUID.fromString(String.valueOf(id)));
                fill(view);
            }
        } catch (IllegalArgumentException e) {
            FormPages.refuse(404);
        } catch (NotFound | NotPermitted refused) {
            Refusals.show(refused, FORM, FIELDS);
        }
    }

    /** A new conference: the referrer is invited, the legal ground is the case's when there is one. */
    private void startFrom(CaseDetail detail) {
        caseId = detail.id();
        caseReference = detail.reference();
        caseVersion = detail.version();
        if (detail.intake().hasConsent()) {
            legalGround = LegalGround.CONSENT;
        } else {
            legalGround = detail.sharingGround();
        }
        participants.add(referrer(detail));
        actions.add(new ActionRow());
    }

    /**
     * The referrer as the first participant: with their account when they asked the question themselves (through the
     * web); a question a coordinator took by phone or e-mail was sent by the coordinator, so the referrer is then
     * someone without an account, as the intake names them.
     */
    private ParticipantRow referrer(CaseDetail detail) {
        ParticipantRow referrer = new ParticipantRow();
        referrer.name = detail.intake().referrerName();
        referrer.represents = detail.intake().referrerOrganisation();
        Channel channel = detail.intake().channel();
        boolean themselves = channel == null || channel == Channel.WEB;
        Optional<AccountView> account = themselves && detail.submittedBy() != null
                ? accounts.find(detail.submittedBy()) : Optional.empty();
        account.ifPresent(found -> {
            referrer.username = found.username();
            referrer.name = found.displayName();
            referrer.email = found.email();
        });
        return referrer;
    }

    private void fill(ConferenceView conference) {
        caseId = conference.caseId();
        caseReference = conference.caseReference();
        ConferenceDraft draft = conference.conference();
        heldAt = draft.heldAt();
        place = draft.place();
        purpose = draft.purpose();
        legalGround = draft.legalGround();
        agenda = draft.agenda();
        minutes = draft.minutes();
        participants = new ArrayList<>();
        for (ConferenceParticipant p : draft.participants()) {
            ParticipantRow row = new ParticipantRow();
            row.name = p.name();
            row.represents = p.represents();
            row.username = p.username();
            if (row.isAccount() && isEditing()) {
                // the address as the account has it now, shown beside the name
                row.email = accounts.find(p.username()).map(AccountView::email).orElse(null);
            }
            participants.add(row);
        }
        actions = new ArrayList<>();
        for (ConferenceAction a : draft.actions()) {
            ActionRow row = new ActionRow();
            row.description = a.description();
            row.owner = a.owner();
            row.ownerEmail = a.ownerEmail();
            row.dueOn = a.dueOn();
            row.done = a.done();
            actions.add(row);
        }
        if (participants.isEmpty()) {
            participants.add(new ParticipantRow());
        }
        if (actions.isEmpty()) {
            actions.add(new ActionRow());
        }
    }

    /** Someone without an account: a new row, where the name is typed. */
    public void addParticipant() {
        participants.add(new ParticipantRow());
        focus(FORM + ":deelnemers:" + (participants.size() - 1) + ":deelnemerNaam");
    }

    /**
     * Someone found among the accounts ({@link ParticipantSearch}): a new row with their name and address, and what
     * they represent filled in for the coordinator to change; the keyboard goes on there.
     */
    public void addAccount(String username, String name, String email, String represents) {
        ParticipantRow row = new ParticipantRow();
        row.username = username;
        row.name = name;
        row.email = email;
        row.represents = represents;
        // an empty row left for someone without an account gives way to the person found
        int last = participants.size() - 1;
        if (last >= 0 && participants.get(last).blank()) {
            participants.set(last, row);
        } else {
            participants.add(row);
            last++;
        }
        focus(FORM + ":deelnemers:" + last + ":deelnemerNamens");
    }

    /** Whether the account with this username takes part already. */
    public boolean participates(String username) {
        return username != null && participants.stream().anyMatch(row -> username.equalsIgnoreCase(row.username));
    }

    public void removeParticipant(int index) {
        if (index >= 0 && index < participants.size()) {
            participants.remove(index);
        }
        focus(FORM + ":deelnemerToevoegen");
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
        ConferenceDraft draft = new ConferenceDraft(heldAt, trim(place), trim(purpose), legalGround,
                participants.stream().filter(row -> !row.blank())
                        .map(row -> new ConferenceParticipant(trim(row.name), trim(row.represents), trim(row.username)))
                        .toList(),
                trim(agenda), trim(minutes),
                actions.stream().filter(row -> !row.blank())
                        .map(row -> new ConferenceAction(trim(row.description), trim(row.owner), trim(row.ownerEmail),
                                row.dueOn, row.done))
                        .toList());
        ConferenceView saved;
        try {
            saved = isNew() ? conferences.plan(caseId, caseVersion, draft)
                    : conferences.update(view.id(), view.version(), draft);
        } catch (ChangedMeanwhile e) {
            messages.error(null, isNew() ? "conference.caseConflict" : "conference.conflict");
            reread();
            return;
        } catch (NotAllowedNow e) {
            if (e.field() != null) {
                // about one field: no consent (any more) for a conference on the ground of consent (ADR 0041)
                Refusals.show(e, FORM, FIELDS);
                return;
            }
            messages.error(null, "conference.transitionRefused");
            return;
        } catch (Refusal refused) {
            Refusals.show(refused, FORM, FIELDS);
            return;
        }
        FormPages.savedThenTo(messages, isNew() ? "conference.planned" : "conference.saved",
                "/meldpunt/overleg/" + saved.id());
    }

    /** After a conflict: the current versions; what was typed stays in the form. */
    private void reread() throws IOException {
        try {
            if (isNew()) {
                caseVersion = cases.open(caseId).version();
            } else {
                view = conferences.open(view.id());
            }
        } catch (NotFound e) {
            FormPages.refuse(404);
        }
    }

    private static String trim(String text) {
        return FormPages.blank(text) ? null : text.strip();
    }

    public boolean isNew() {
        return "nieuw".equals(id);
    }

    /** Coordinators plan and write up; participants read. */
    public boolean isEditing() {
        return currentUser.isCoordinator();
    }

    public LegalGround[] getGrounds() {
        return LegalGround.values();
    }

    /** Participants and actions as saved (for the read-only view): without empty rows. */
    public List<ParticipantRow> getSavedParticipants() {
        return participants.stream().filter(row -> !row.blank()).toList();
    }

    public List<ActionRow> getSavedActions() {
        return actions.stream().filter(row -> !row.blank()).toList();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getCaseParam() { return caseParam; }
    public void setCaseParam(String caseParam) { this.caseParam = caseParam; }
    public UUID getCaseId() { return caseId; }
    public String getCaseReference() { return caseReference; }
    public ConferenceView getView() { return view; }
    public LocalDateTime getHeldAt() { return heldAt; }
    public void setHeldAt(LocalDateTime heldAt) { this.heldAt = heldAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public LegalGround getLegalGround() { return legalGround; }
    public void setLegalGround(LegalGround legalGround) { this.legalGround = legalGround; }
    public List<ParticipantRow> getParticipants() { return participants; }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = agenda; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = minutes; }
    public List<ActionRow> getActions() { return actions; }
}
