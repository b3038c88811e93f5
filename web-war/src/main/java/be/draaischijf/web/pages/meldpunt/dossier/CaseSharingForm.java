package be.draaischijf.web.pages.meldpunt.dossier;

import be.draaischijf.referral.api.LegalGround;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The case page's legal-ground form: when there is no consent, the ground on which the case may be shared. */
@Named
@ViewScoped
public class CaseSharingForm extends CaseForm {

    private static final Map<String, String> FIELDS = Map.of("ground", "grond");

    private LegalGround ground;

    public void submit() throws IOException {
        if (ground == null) {
            messages.error("grondForm:grond", "case.ground.choose");
            return;
        }
        LegalGround chosen = ground;
        change("grondForm", FIELDS, "case.ground.saved",
                version -> cases.recordSharingGround(caseId(), version, chosen));
    }

    /** Grounds other than consent, for when there is none. */
    public List<LegalGround> getGrounds() {
        return List.of(LegalGround.SHARED_PROFESSIONAL_SECRECY, LegalGround.CASE_CONFERENCE_458TER);
    }

    public LegalGround getGround() { return ground; }
    public void setGround(LegalGround ground) { this.ground = ground; }
}
