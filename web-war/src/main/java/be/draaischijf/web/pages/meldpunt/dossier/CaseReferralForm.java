package be.draaischijf.web.pages.meldpunt.dossier;

import be.draaischijf.referral.api.ReferralCases;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;

/** The case page's list of fitting offers: refers the case to one of them. */
@Named
@ViewScoped
public class CaseReferralForm implements Serializable {

    @EJB
    ReferralCases cases;

    @Inject
    CasePage casePage;

    public void refer(String offerId) throws IOException {
        UUID offer = UUID.fromString(offerId);
        casePage.change("verwijzen", Map.of(), "case.referred",
                version -> cases.refer(casePage.getDetail().id(), version, offer));
    }
}
