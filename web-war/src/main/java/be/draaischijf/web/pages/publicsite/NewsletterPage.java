package be.draaischijf.web.pages.publicsite;

import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.layout.Refusals;
import be.draaischijf.training.api.Newsletter;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.training.RegistrationGuard;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Map;
import java.util.OptionalLong;

/**
 * /nieuwsbrief: signing up for the newsletter with consent (double opt-in: the mail has a confirmation link).
 * Always the same answer, whether the address was on the list or not. Honeypot and rate limit as for
 * registrations.
 */
@Named
@ViewScoped
public class NewsletterPage implements Serializable {

    static final String FORM = "nieuwsbrief";
    static final Map<String, String> FIELDS = Map.of("email", "email", "consent", "toestemming", "arg0", "email",
            "arg1", "toestemming");

    @EJB
    Newsletter newsletter;

    @Inject
    RegistrationGuard guard;

    @Inject
    Messages messages;

    private String email;
    private boolean consent;
    private String website;
    private boolean sent;

    public void subscribe() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        OptionalLong wait = guard.admit(request);
        if (wait.isPresent()) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.format("registration.tooMany", wait.getAsLong()), null));
            return;
        }
        if (!RegistrationGuard.isRobot(website)) {
            try {
                newsletter.subscribe(email, consent);
            } catch (Refusal refused) {
                Refusals.onPage(refused, FORM, FIELDS);
                return;
            }
        }
        sent = true;
    }

    public boolean isSent() { return sent; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
}
