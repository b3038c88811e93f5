package be.draaischijf.web.pages.meldpunt;

import be.draaischijf.partner.api.MatchRequest;
import be.draaischijf.partner.api.OfferMatch;
import be.draaischijf.partner.api.Offers;
import be.draaischijf.referral.api.AgeBand;
import be.draaischijf.referral.api.AuditEntry;
import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.referral.api.CaseOutcome;
import be.draaischijf.referral.api.EventKind;
import be.draaischijf.referral.api.LegalGround;
import be.draaischijf.referral.api.OfferReferralStatus;
import be.draaischijf.referral.api.OfferReferralView;
import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.api.TimelineEntry;
import be.draaischijf.referral.api.UnmetNeedDraft;
import be.draaischijf.referral.api.UnmetNeedReason;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Refusals;
import be.draaischijf.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * /meldpunt/dossiers/{id}: one case for coordinators. What it is about, who agreed to sharing, what
 * happened (timeline), the offers that fit (with reasons) and the referrals to them, conferences, unmet
 * needs and the audit log; and the forms that move it on. Every change sends the version the coordinator
 * saw: when someone else changed the case meanwhile, nothing is saved, the case is read again and what
 * the coordinator typed stays in the form.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    /** Referrals to offers that are still running: no second referral to the same offer. */
    private static final Set<OfferReferralStatus> RUNNING =
            EnumSet.of(OfferReferralStatus.PROPOSED, OfferReferralStatus.ACCEPTED, OfferReferralStatus.STARTED);

    private static final Map<String, String> STATUS_FIELDS = Map.of("to", "nieuweStatus", "outcome", "afloop",
            "note", "statusNotitie");
    private static final Map<String, String> ASSIGN_FIELDS = Map.of("coordinator", "coordinator", "followUpOn", "opvolgdatum");
    private static final Map<String, String> NOTE_FIELDS = Map.of("kind", "notitieSoort", "text", "notitieTekst");
    private static final Map<String, String> GROUND_FIELDS = Map.of("ground", "grond");
    private static final Map<String, String> NEED_FIELDS = Map.of("problemArea", "nodProbleem", "ageBand", "nodLeeftijd",
            "district", "nodWijk", "reason", "nodReden", "waitingWeeks", "nodWachttijd", "note", "nodNotitie");

    /** One change of the case, given the version the coordinator saw. */
    @FunctionalInterface
    interface Change {
        void apply(int version);
    }

    @EJB
    ReferralCases cases;

    @EJB
    Offers offers;

    @Inject
    Messages messages;

    private String id;
    private CaseDetail detail;
    private List<AuditEntry> audit;
    private List<OfferMatch> matches = List.of();
    private String matchProblem;

    private ReferralStatus nextStatus;
    private CaseOutcome outcome;
    private String statusNote;
    private String assignee;
    private LocalDate followUpOn;
    private EventKind noteKind = EventKind.NOTE;
    private String noteText;
    private LegalGround ground;
    private String needProblemArea;
    private AgeBand needAgeBand;
    private String needDistrict;
    private UnmetNeedReason needReason;
    private Integer needWaitingWeeks;
    private String needNote;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            read();
        } catch (NotFound | IllegalArgumentException e) {
            FormPages.refuse(404);
            return;
        }
        assignee = detail.coordinator() != null ? detail.coordinator() : FormPages.editor();
        followUpOn = detail.followUpOn();
        needAgeBand = AgeBand.of(detail.age());
        needDistrict = detail.intake().getDistrict();
        needProblemArea = detail.intake().getProblemAreas().stream().findFirst().orElse(null);
        matchOffers();
    }

    private void read() {
        detail = cases.open(UUID.fromString(String.valueOf(id)));
        audit = null;
    }

    /** The audit log only on request: reading it is itself logged. */
    public void showAudit() {
        try {
            audit = cases.audit(detail.id());
        } catch (NotFound | NotPermitted e) {
            messages.error(null, "case.notPermitted");
            return;
        }
        PrimeFaces.current().executeScript("var t=document.getElementById('auditlog');if(t){t.focus();}");
    }

    /** The partner module's ranking for this young person (age, district, problem areas), with reasons. */
    private void matchOffers() {
        int age = detail.age();
        if (age < 0 || age > 25) {
            matchProblem = "case.matches.ageOutOfRange";
            return;
        }
        if (detail.intake().getProblemAreas().isEmpty()) {
            matchProblem = "case.matches.noProblemAreas";
            return;
        }
        try {
            matches = offers.match(new MatchRequest(age, detail.intake().getDistrict(),
                    Set.copyOf(detail.intake().getProblemAreas()), null), 10);
        } catch (Invalid e) {
            matchProblem = "case.matches.unavailable";
        }
    }

    public void changeStatus() throws IOException {
        if (nextStatus == null) {
            messages.error("statusForm:nieuweStatus", "case.status.choose");
            return;
        }
        if (nextStatus == ReferralStatus.CLOSED && outcome == null) {
            messages.error("statusForm:afloop", "case.outcome.required");
            return;
        }
        ReferralStatus to = nextStatus;
        CaseOutcome closedAs = to == ReferralStatus.CLOSED ? outcome : null;
        String note = FormPages.blank(statusNote) ? null : statusNote.strip();
        change("statusForm", STATUS_FIELDS, "case.status.changed",
                version -> cases.changeStatus(detail.id(), version, to, closedAs, note));
    }

    /** Shows the outcome field only when closing (the status select's change event). */
    public void statusChosen() {
        if (nextStatus != ReferralStatus.CLOSED) {
            outcome = null;
        }
    }

    public void assign() throws IOException {
        if (FormPages.blank(assignee)) {
            messages.error("toewijzen:coordinator", "case.assign.choose");
            return;
        }
        String coordinator = assignee;
        LocalDate date = followUpOn;
        change("toewijzen", ASSIGN_FIELDS, "case.assign.saved",
                version -> cases.assign(detail.id(), version, coordinator, date));
    }

    public void addNote() throws IOException {
        if (FormPages.blank(noteText)) {
            messages.error("notitie:notitieTekst", "case.note.required");
            return;
        }
        EventKind kind = noteKind == null ? EventKind.NOTE : noteKind;
        String text = noteText.strip();
        change("notitie", NOTE_FIELDS, "case.note.saved",
                version -> cases.addNote(detail.id(), kind, text));
    }

    public void recordGround() throws IOException {
        if (ground == null) {
            messages.error("grondForm:grond", "case.ground.choose");
            return;
        }
        LegalGround chosen = ground;
        change("grondForm", GROUND_FIELDS, "case.ground.saved",
                version -> cases.recordSharingGround(detail.id(), version, chosen));
    }

    public void refer(String offerId) throws IOException {
        UUID offer = UUID.fromString(offerId);
        change("verwijzen", Map.of(), "case.referred",
                version -> cases.refer(detail.id(), version, offer));
    }

    public void recordUnmetNeed() throws IOException {
        UnmetNeedDraft need = new UnmetNeedDraft(needProblemArea, needAgeBand,
                FormPages.blank(needDistrict) ? null : needDistrict, needReason, needWaitingWeeks,
                FormPages.blank(needNote) ? null : needNote.strip());
        change("noodForm", NEED_FIELDS, "case.unmetNeed.saved",
                version -> cases.recordUnmetNeed(detail.id(), version, need));
    }

    public void link(String otherId) throws IOException {
        UUID other = UUID.fromString(otherId);
        change("dubbels", Map.of(), "case.linked", version -> cases.link(detail.id(), other));
    }

    /**
     * Runs a change with the version the coordinator saw; on success, back to the case's address with the
     * message (a reload does not send it again). On a refusal the page stays, with what was typed.
     */
    private void change(String form, Map<String, String> fields, String savedKey, Change change) throws IOException {
        try {
            change.apply(detail.version());
        } catch (ChangedMeanwhile e) {
            messages.error(null, "case.conflict");
            reread();
            return;
        } catch (NotAllowedNow e) {
            if (e.key().startsWith("referral.sharing.")) {
                messages.error(null, "case.sharingRefused");
                return;
            }
            messages.error(null, "case.transitionRefused");
            reread();
            return;
        } catch (NotPermitted e) {
            messages.error(null, "case.notPermitted");
            return;
        } catch (Refusal refused) {
            Refusals.show(refused, form, fields);
            return;
        }
        FormPages.savedThenTo(messages, savedKey, "/meldpunt/dossiers/" + detail.id());
    }

    /** After a refusal: the case as it is now; the forms keep what was typed. */
    private void reread() throws IOException {
        try {
            read();
        } catch (NotFound e) {
            FormPages.refuse(404);
        }
    }

    public boolean isConsent() {
        return detail.intake().isConsentYoungPerson() || detail.intake().isConsentParent();
    }

    /** Sharing with a partner is allowed: consent, or another legal ground recorded. */
    public boolean isSharingAllowed() {
        return isConsent() || detail.sharingGround() != null;
    }

    public boolean isOpen() {
        return detail.status() != ReferralStatus.CLOSED;
    }

    /** Whether a referral to an offer is possible now: the case is referred already or may become so. */
    public boolean isReferPossible() {
        return detail.status() == ReferralStatus.REFERRED || detail.next().contains(ReferralStatus.REFERRED);
    }

    /** Whether a conference can be planned now: the case is in conference already or may go there. */
    public boolean isConferencePossible() {
        return detail.status() == ReferralStatus.CASE_CONFERENCE || detail.next().contains(ReferralStatus.CASE_CONFERENCE);
    }

    public boolean isUnmetNeedPossible() {
        return detail.status() == ReferralStatus.UNMET_NEED || detail.next().contains(ReferralStatus.UNMET_NEED);
    }

    /** Whether this offer has a referral that is still running. */
    public boolean referred(String offerId) {
        return detail.offerReferrals().stream()
                .anyMatch(r -> r.offerId().toString().equals(offerId) && RUNNING.contains(r.status()));
    }

    public List<ReferralStatus> getNextStatuses() {
        return detail.next().stream().sorted().toList();
    }

    public List<TimelineEntry> getTimeline() {
        return detail.timeline().stream().sorted(Comparator.comparing(TimelineEntry::at).reversed()).toList();
    }

    public List<OfferReferralView> getOfferReferrals() {
        return detail.offerReferrals();
    }

    /** Which of the linked cases' ids belong to the possible duplicates (those show their reference). */
    public Set<String> getLinked() {
        return detail.linkedCases().stream().map(UUID::toString).collect(Collectors.toSet());
    }

    public boolean linked(String otherId) {
        return getLinked().contains(otherId);
    }

    public boolean isClosing() {
        return nextStatus == ReferralStatus.CLOSED;
    }

    public CaseOutcome[] getOutcomes() {
        return CaseOutcome.values();
    }

    public List<EventKind> getNoteKinds() {
        return List.of(EventKind.NOTE, EventKind.CALL, EventKind.EMAIL);
    }

    /** Grounds other than consent, for when there is none. */
    public List<LegalGround> getGrounds() {
        return List.of(LegalGround.SHARED_PROFESSIONAL_SECRECY, LegalGround.CASE_CONFERENCE_458TER);
    }

    public AgeBand[] getAgeBands() {
        return AgeBand.values();
    }

    public UnmetNeedReason[] getNeedReasons() {
        return UnmetNeedReason.values();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public CaseDetail getDetail() { return detail; }
    public List<AuditEntry> getAudit() { return audit; }
    public List<OfferMatch> getMatches() { return matches; }
    public String getMatchProblem() { return matchProblem; }
    public ReferralStatus getNextStatus() { return nextStatus; }
    public void setNextStatus(ReferralStatus nextStatus) { this.nextStatus = nextStatus; }
    public CaseOutcome getOutcome() { return outcome; }
    public void setOutcome(CaseOutcome outcome) { this.outcome = outcome; }
    public String getStatusNote() { return statusNote; }
    public void setStatusNote(String statusNote) { this.statusNote = statusNote; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    public LocalDate getFollowUpOn() { return followUpOn; }
    public void setFollowUpOn(LocalDate followUpOn) { this.followUpOn = followUpOn; }
    public EventKind getNoteKind() { return noteKind; }
    public void setNoteKind(EventKind noteKind) { this.noteKind = noteKind; }
    public String getNoteText() { return noteText; }
    public void setNoteText(String noteText) { this.noteText = noteText; }
    public LegalGround getGround() { return ground; }
    public void setGround(LegalGround ground) { this.ground = ground; }
    public String getNeedProblemArea() { return needProblemArea; }
    public void setNeedProblemArea(String needProblemArea) { this.needProblemArea = needProblemArea; }
    public AgeBand getNeedAgeBand() { return needAgeBand; }
    public void setNeedAgeBand(AgeBand needAgeBand) { this.needAgeBand = needAgeBand; }
    public String getNeedDistrict() { return needDistrict; }
    public void setNeedDistrict(String needDistrict) { this.needDistrict = needDistrict; }
    public UnmetNeedReason getNeedReason() { return needReason; }
    public void setNeedReason(UnmetNeedReason needReason) { this.needReason = needReason; }
    public Integer getNeedWaitingWeeks() { return needWaitingWeeks; }
    public void setNeedWaitingWeeks(Integer needWaitingWeeks) { this.needWaitingWeeks = needWaitingWeeks; }
    public String getNeedNote() { return needNote; }
    public void setNeedNote(String needNote) { this.needNote = needNote; }
}
