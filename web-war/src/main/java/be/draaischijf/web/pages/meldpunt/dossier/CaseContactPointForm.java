package be.draaischijf.web.pages.meldpunt.dossier;

import be.draaischijf.web.layout.FormPages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/** The case page's form to pass the case to another contact point, whose coordinators take it up. */
@Named
@ViewScoped
public class CaseContactPointForm extends CaseForm {

    private static final Map<String, String> FIELDS = Map.of("contactPointId", "naarContactpunt");

    private String contactPointId;

    public void submit() throws IOException {
        if (FormPages.blank(contactPointId)) {
            messages.error("doorgeven:naarContactpunt", "case.pass.choose");
            return;
        }
        UUID to = UUID.fromString(contactPointId);
        change("doorgeven", FIELDS, "case.pass.saved", version -> cases.passToContactPoint(caseId(), version, to));
    }

    public String getContactPointId() { return contactPointId; }
    public void setContactPointId(String contactPointId) { this.contactPointId = contactPointId; }
}
