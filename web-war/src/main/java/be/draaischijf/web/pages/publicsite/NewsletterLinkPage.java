package be.draaischijf.web.pages.publicsite;

import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.training.api.Newsletter;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * /nieuwsbrief/bevestigen?token= and /nieuwsbrief/uitschrijven?token=: the landings of the links in the
 * newsletter mails. Nothing happens on opening the link (mail scanners open links, as for account links in
 * ADR 0015); the person presses the button.
 */
@Named
@ViewScoped
public class NewsletterLinkPage implements Serializable {

    private static final String TOKEN = "[A-Za-z0-9_-]{10,100}";

    @EJB
    Newsletter newsletter;

    private String token;
    private boolean done;
    private boolean invalid;

    public void load() {
        invalid = token == null || !token.matches(TOKEN);
    }

    public void confirm() {
        act(true);
    }

    public void unsubscribe() {
        act(false);
    }

    private void act(boolean confirming) {
        try {
            if (confirming) {
                newsletter.confirm(token);
            } else {
                newsletter.unsubscribe(token);
            }
            done = true;
        } catch (NotFound | Invalid e) {
            // an unknown link, or a token the API's validation refuses
            invalid = true;
        }
    }

    public boolean isUnsubscribing() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId().contains("uitschrijven");
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public boolean isDone() { return done; }
    public boolean isInvalid() { return invalid; }
}
