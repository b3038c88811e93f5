package be.draaischijf.web.pages.meldpunt.dossier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/** The case page's list of possible duplicates: links the case to one of them. */
@Named
@ViewScoped
public class CaseLinkForm extends CaseForm {

    public void link(String otherId) throws IOException {
        UUID other = UUID.fromString(otherId);
        change("dubbels", Map.of(), "case.linked", version -> cases.link(caseId(), other));
    }
}
