package be.draaischijf.web.pages.meldpunt.dossier;

import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.web.layout.FormPages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

/** The case page's assignment form: the coordinator who handles the case (the reader, at first) and the follow-up date. */
@Named
@ViewScoped
public class CaseAssignmentForm extends CaseForm {

    private static final Map<String, String> FIELDS = Map.of("coordinator", "coordinator", "followUpOn", "opvolgdatum");

    private String assignee;
    private LocalDate followUpOn;

    @PostConstruct
    void fill() {
        CaseDetail detail = casePage.getDetail();
        if (detail != null) {
            assignee = detail.coordinator() != null ? detail.coordinator() : FormPages.editor();
            followUpOn = detail.followUpOn();
        }
    }

    public void submit() throws IOException {
        if (FormPages.blank(assignee)) {
            messages.error("toewijzen:coordinator", "case.assign.choose");
            return;
        }
        String coordinator = assignee;
        LocalDate date = followUpOn;
        change("toewijzen", FIELDS, "case.assign.saved",
                version -> cases.assign(caseId(), version, coordinator, date));
    }

    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    public LocalDate getFollowUpOn() { return followUpOn; }
    public void setFollowUpOn(LocalDate followUpOn) { this.followUpOn = followUpOn; }
}
