package be.draaischijf.web.pages.meldpunt.dossier;

import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;

/**
 * The case page's form for an administrator without a grant (ADR 0042): why they must open the case. The module
 * checks the reason (20 to 1000 characters), keeps it, logs the opening and mails the case's coordinators; the page
 * then shows the case, with a banner saying until when and why.
 */
@Named
@ViewScoped
public class CaseBreakGlassForm implements Serializable {

    private static final String FORM = "breekglas";
    private static final Map<String, String> FIELDS = Map.of("reason", "reden");

    @EJB
    ReferralCases cases;

    @Inject
    CasePage casePage;

    @Inject
    Messages messages;

    private String reason;

    public void submit() throws IOException {
        if (FormPages.blank(reason)) {
            messages.error(FORM + ":reden", "case.breakGlass.reason.required");
            return;
        }
        UUID caseId;
        try {
            caseId = UUID.fromString(String.valueOf(casePage.getId()));
        } catch (IllegalArgumentException e) {
            FormPages.refuse(404);
            return;
        }
        try {
            cases.breakGlass(caseId, reason.strip());
        } catch (Refusal refused) {
            Refusals.show(refused, FORM, FIELDS);
            return;
        }
        FormPages.savedThenTo(messages, "case.breakGlass.opened", "/meldpunt/dossiers/" + caseId);
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
