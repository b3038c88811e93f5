package be.draaischijf.web.pages.meldpunt.dossier;

import be.draaischijf.referral.api.LegalGround;
import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The case page's legal-ground form: when there is no consent, the ground on which the case may be shared. */
@Named
@ViewScoped
public class CaseSharingForm implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("ground", "grond");

    @EJB
    ReferralCases cases;

    @Inject
    CasePage casePage;

    @Inject
    Messages messages;

    private LegalGround ground;

    public void submit() throws IOException {
        if (ground == null) {
            messages.error("grondForm:grond", "case.ground.choose");
            return;
        }
        LegalGround chosen = ground;
        casePage.change("grondForm", FIELDS, "case.ground.saved",
                version -> cases.recordSharingGround(casePage.getDetail().id(), version, chosen));
    }

    /** Grounds other than consent, for when there is none. */
    public List<LegalGround> getGrounds() {
        return List.of(LegalGround.SHARED_PROFESSIONAL_SECRECY, LegalGround.CASE_CONFERENCE_458TER);
    }

    public LegalGround getGround() { return ground; }
    public void setGround(LegalGround ground) { this.ground = ground; }
}
