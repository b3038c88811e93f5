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

/** The case page's list of possible duplicates: links the case to one of them. */
@Named
@ViewScoped
public class CaseLinkForm implements Serializable {

    @EJB
    ReferralCases cases;

    @Inject
    CasePage casePage;

    public void link(String otherId) throws IOException {
        UUID other = UUID.fromString(otherId);
        casePage.change("dubbels", Map.of(), "case.linked", version -> cases.link(casePage.getDetail().id(), other));
    }
}
