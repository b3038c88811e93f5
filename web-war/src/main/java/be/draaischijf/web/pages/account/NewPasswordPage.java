package be.draaischijf.web.pages.account;

import be.draaischijf.identity.api.AccountSignUp;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.layout.Refusals;
import be.draaischijf.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

/**
 * /wachtwoord/nieuw?token=: choose a password with a mailed link (after "forgot password", or an invitation
 * by a coordinator). Opening the page only checks the link; saving uses it, then the person logs in.
 */
@Named
@ViewScoped
public class NewPasswordPage implements Serializable {

    private static final String FORM = "nieuw";
    private static final Map<String, String> FIELDS = Map.of("newPassword", "wachtwoord", "token", "wachtwoord");

    @EJB
    AccountSignUp signUps;

    @Inject
    Messages messages;

    private String token;
    private String password;
    private String repeat;
    private LinkProblem problem;

    /** On opening: is the link still good? (It is not used yet.) */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (token == null || token.isBlank()) {
            problem = LinkProblem.UNKNOWN;
            return;
        }
        try {
            signUps.checkPasswordToken(token);
        } catch (Refusal refused) {
            problem = LinkProblem.of(refused);
        }
    }

    public void save() throws IOException {
        String chosen = password;
        password = null;
        String repeated = repeat;
        repeat = null;
        if (chosen != null && !chosen.equals(repeated)) {
            messages.error(FORM + ":herhaal", "account.password.mismatch");
            return;
        }
        try {
            signUps.setPassword(token, chosen);
        } catch (Invalid invalid) {
            Refusals.fields(invalid, FORM, FIELDS);
            return;
        } catch (Refusal refused) {
            problem = LinkProblem.of(refused);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/login?wachtwoord=ingesteld");
    }

    /** UNKNOWN, USED or EXPIRED when the link cannot be used; null when it can. */
    public String getProblem() { return problem == null ? null : problem.name(); }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeat() { return repeat; }
    public void setRepeat(String repeat) { this.repeat = repeat; }
}
