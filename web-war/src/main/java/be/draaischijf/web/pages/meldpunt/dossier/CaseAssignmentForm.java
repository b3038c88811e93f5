package be.draaischijf.web.pages.meldpunt.dossier;

import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/** The case page's assignment form: the coordinator who handles the case (the reader, at first) and the follow-up date. */
@Named
@ViewScoped
public class CaseAssignmentForm implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("coordinator", "coordinator", "followUpOn", "opvolgdatum");

    @EJB
    ReferralCases cases;

    @Inject
    CasePage casePage;

    @Inject
    Messages messages;

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
        casePage.change("toewijzen", FIELDS, "case.assign.saved",
                version -> cases.assign(casePage.getDetail().id(), version, coordinator, date));
    }

    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    public LocalDate getFollowUpOn() { return followUpOn; }
    public void setFollowUpOn(LocalDate followUpOn) { this.followUpOn = followUpOn; }
}
