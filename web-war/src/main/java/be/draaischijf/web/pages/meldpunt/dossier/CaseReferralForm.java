package be.draaischijf.web.pages.meldpunt.dossier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/** The case page's list of fitting offers: refers the case to one of them. */
@Named
@ViewScoped
public class CaseReferralForm extends CaseForm {

    public void refer(String offerId) throws IOException {
        UUID offer = UUID.fromString(offerId);
        change("verwijzen", Map.of(), "case.referred",
                version -> cases.refer(caseId(), version, offer));
    }
}
