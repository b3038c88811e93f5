package be.draaischijf.web.pages.meldpunt.dossier;

import be.draaischijf.partner.api.OfferMatch;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.referral.api.AuditEntry;
import be.draaischijf.referral.api.CaseAccessGrant;
import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.api.TimelineEntry;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.Refusals;
import be.draaischijf.web.security.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * /meldpunt/dossiers/{id}: one case for coordinators. What it is about, who agreed to sharing, what
 * happened (timeline), the offers that fit (with reasons) and the referrals to them, conferences, unmet
 * needs and the audit log. Each form that moves the case on has its own bean ({@link CaseStatusForm},
 * {@link CaseAssignmentForm}, {@link CaseNoteForm}, {@link CaseSharingForm}, {@link CaseReferralForm},
 * {@link CaseUnmetNeedForm}, {@link CaseLinkForm}); all of them {@link #change change} the case through this page,
 * with the version the coordinator saw: when someone else changed the case meanwhile, nothing is saved, the case
 * is read again and what the coordinator typed stays in the form. An administrator who is not a coordinator sees
 * the case only after opening it with a written reason ({@link CaseBreakGlassForm}, ADR 0042), with a banner saying
 * until when and why.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    /** How many fitting offers the page shows. */
    private static final int MATCHES = 10;

    /** One change of the case, given the version the coordinator saw. */
    @FunctionalInterface
    interface Change {
        void apply(int version);
    }

    @EJB
    ReferralCases cases;

    @Inject
    Messages messages;

    @Inject
    CurrentUser currentUser;

    private String id;
    private CaseDetail detail;
    /** An administrator without a grant for this case: the page asks for a reason instead (ADR 0042). */
    private boolean reasonNeeded;
    /** The administrator's grant this case is shown under, for the banner; null for coordinators. */
    private CaseAccessGrant grant;
    private List<AuditEntry> audit;
    private List<OfferMatch> matches = List.of();
    private String matchProblem;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            read();
        } catch (NotFound | IllegalArgumentException e) {
            FormPages.refuse(404);
            return;
        } catch (NotPermitted e) {
            refusedWithoutGrant();
            return;
        }
        matchOffers();
    }

    private void read() {
        detail = cases.open(UUID.fromString(String.valueOf(id)));
        audit = null;
        grant = administratorOnly() ? cases.liveGrant(detail.id()).orElse(null) : null;
    }

    /** An administrator who is not a coordinator too: opens a case only with a written reason (ADR 0042). */
    private boolean administratorOnly() {
        return currentUser.isAdmin() && !currentUser.isCoordinator();
    }

    /** The module refused the case: an administrator is asked for a reason; anyone else gets the 403 page. */
    private void refusedWithoutGrant() throws IOException {
        detail = null;
        grant = null;
        if (administratorOnly()) {
            reasonNeeded = true;
            return;
        }
        FormPages.refuse(403);
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

    /** The referral module's ranking of offers for this young person, with reasons; or why there is none. */
    private void matchOffers() {
        try {
            matches = cases.matches(detail.id(), MATCHES);
        } catch (NotAllowedNow e) {
            matchProblem = Refusals.text(e);
        } catch (Invalid e) {
            matchProblem = messages.text("case.matches.unavailable");
        }
    }

    /**
     * Runs a form's change with the version the coordinator saw; on success, back to the case's address with the
     * message (a reload does not send it again). On a refusal the page stays, with what was typed; field errors go
     * next to the form's inputs ({@code fields}: the module's field → the input's id).
     */
    void change(String form, Map<String, String> fields, String savedKey, Change change) throws IOException {
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
        } catch (NotPermitted e) {
            refusedWithoutGrant(); // an administrator's grant ended meanwhile
        }
    }

    /**
     * Consent that counts, of a parent or of the young person themselves from 12 (sharing needs no other ground then);
     * none after a withdrawal (ADR 0041).
     */
    public boolean isConsent() {
        return detail.intake().hasConsent();
    }

    /**
     * Whether the case was anonymised (its retention period ended, or it was erased on request): the young person's
     * names and birth date are gone; the page says so instead of showing blanks, and nothing can be corrected or erased.
     */
    public boolean isAnonymised() {
        return detail != null && detail.anonymised();
    }

    public boolean isSharingAllowed() {
        return detail.sharingAllowed();
    }

    public boolean isOpen() {
        return detail.status().isOpen();
    }

    /** Whether a referral to an offer is possible now: the case is referred already or may become so. */
    public boolean isReferPossible() {
        return detail.reachable(ReferralStatus.REFERRED);
    }

    /** Whether a conference can be planned now: the case is in conference already or may go there. */
    public boolean isConferencePossible() {
        return detail.reachable(ReferralStatus.CASE_CONFERENCE);
    }

    public boolean isUnmetNeedPossible() {
        return detail.reachable(ReferralStatus.UNMET_NEED);
    }

    /** Whether this offer has a referral that is still running. */
    public boolean referred(String offerId) {
        return detail.referredTo(UUID.fromString(offerId));
    }

    public List<TimelineEntry> getTimeline() {
        return detail.timeline().stream().sorted(Comparator.comparing(TimelineEntry::at).reversed()).toList();
    }

    /** Whether a possible duplicate is linked to this case already. */
    public boolean linked(String otherId) {
        return detail.linkedCases().contains(UUID.fromString(otherId));
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public CaseDetail getDetail() { return detail; }
    public boolean isReasonNeeded() { return reasonNeeded; }
    public CaseAccessGrant getGrant() { return grant; }
    public List<AuditEntry> getAudit() { return audit; }
    public List<OfferMatch> getMatches() { return matches; }
    public String getMatchProblem() { return matchProblem; }
}
