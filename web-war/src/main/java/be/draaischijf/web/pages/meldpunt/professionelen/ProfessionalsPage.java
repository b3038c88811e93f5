package be.draaischijf.web.pages.meldpunt.professionelen;

import be.draaischijf.identity.api.AccountSignUp;
import be.draaischijf.identity.api.Invitation;
import be.draaischijf.identity.api.ProfessionalAccount;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.layout.Refusals;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

/**
 * /meldpunt/professionelen: a coordinator creates a professional's account (the professional gets a mail to
 * choose a password) and sees the professionals' accounts, paged by the partner module.
 */
@Named
@ViewScoped
public class ProfessionalsPage implements Serializable {

    private static final String FORM = "uitnodigen";
    private static final Map<String, String> FIELDS = Map.of(
            "displayName", "naam", "email", "email", "organisationName", "organisatie", "jobTitle", "functie");

    @EJB
    AccountSignUp signUps;

    @Inject
    Messages messages;

    private PagedModel<ProfessionalAccount> model;
    private String name;
    private String email;
    private String organisation;
    private String jobTitle;

    @PostConstruct
    void init() {
        AccountSignUp api = signUps;
        model = new PagedModel<>(api::countProfessionals, api::professionals,
                ProfessionalAccount::username);
    }

    public void invite() throws IOException {
        try {
            signUps.invite(new Invitation(name, email, organisation, jobTitle, null));
        } catch (Refusal refused) {
            Refusals.show(refused, FORM, FIELDS);
            return;
        }
        FormPages.savedThenTo(messages, "professionals.invited", "/meldpunt/professionelen");
    }

    public PagedModel<ProfessionalAccount> getModel() { return model; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
}
