package be.draaischijf.web.pages.account;

import be.draaischijf.identity.api.AccountSignUp;
import be.draaischijf.identity.api.SignUp;
import be.draaischijf.web.i18n.Language;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.Refusals;
import be.draaischijf.web.security.AccountLimits;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * /aanmelden-account: a professional asks for an account, without a password (chosen after the address is
 * confirmed). Whether the address is new or already has an account, the page gives the same answer: look in your
 * mailbox.
 */
@Named
@ViewScoped
public class SignUpPage implements Serializable {

    static final String FORM = "signup";

    /** Which form field shows the API's message for each property. */
    static final Map<String, String> FIELDS = Map.of(
            "displayName", "naam", "email", "email", "organisationName", "organisatie", "jobTitle", "functie",
            "language", "naam");

    @EJB
    AccountSignUp signUps;

    @Inject
    AccountLimits limits;

    @Inject
    Messages messages;

    @Inject
    Language language;

    private String name;
    private String email;
    private String organisation;
    private String jobTitle;
    private boolean sent;

    public void submit() {
        if (FormPages.tooMany(limits.admitAccountMail(FormPages.request()), messages)) {
            return;
        }
        try {
            signUps.signUp(new SignUp(name, email, organisation, jobTitle, language.getCode()));
        } catch (Invalid invalid) {
            Refusals.fields(invalid, FORM, FIELDS);
            return;
        }
        sent = true;
    }


    public boolean isSent() { return sent; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
}
