package be.draaischijf.web.pages.meldpunt.dossier;

import be.draaischijf.referral.api.CaseOutcome;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.web.layout.FormPages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The case page's status form: the next status the case work allows, the outcome when closing, a note. */
@Named
@ViewScoped
public class CaseStatusForm extends CaseForm {

    private static final Map<String, String> FIELDS = Map.of("to", "nieuweStatus", "outcome", "afloop",
            "note", "statusNotitie");

    private ReferralStatus nextStatus;
    private CaseOutcome outcome;
    private String note;

    /** Moves the case on; the module says when closing lacks an outcome (next to that field). */
    public void submit() throws IOException {
        if (nextStatus == null) {
            messages.error("statusForm:nieuweStatus", "case.status.choose");
            return;
        }
        ReferralStatus to = nextStatus;
        CaseOutcome closedAs = to == ReferralStatus.CLOSED ? outcome : null;
        String text = FormPages.blank(note) ? null : note.strip();
        change("statusForm", FIELDS, "case.status.changed",
                version -> cases.changeStatus(caseId(), version, to, closedAs, text));
    }

    /** Shows the outcome field only when closing (the status select's change event). */
    public void statusChosen() {
        if (nextStatus != ReferralStatus.CLOSED) {
            outcome = null;
        }
    }

    public boolean isClosing() {
        return nextStatus == ReferralStatus.CLOSED;
    }

    public List<ReferralStatus> getNextStatuses() {
        return casePage.getDetail().next().stream().sorted().toList();
    }

    public CaseOutcome[] getOutcomes() {
        return CaseOutcome.values();
    }

    public ReferralStatus getNextStatus() { return nextStatus; }
    public void setNextStatus(ReferralStatus nextStatus) { this.nextStatus = nextStatus; }
    public CaseOutcome getOutcome() { return outcome; }
    public void setOutcome(CaseOutcome outcome) { this.outcome = outcome; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
