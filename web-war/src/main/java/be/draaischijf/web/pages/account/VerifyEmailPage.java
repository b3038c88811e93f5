package be.draaischijf.web.pages.account;

import be.draaischijf.identity.api.AccountSignUp;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * /aanmelden-account/bevestigen?token=: confirms the address of a signed-up account by choosing its password. Only
 * the owner of the address reaches this page, so only they choose the password: signing up with someone else's
 * address gives the one who did it nothing. Opening the page only checks the link (a mail scanner that opens every
 * link does not use it up); saving uses it, then the person logs in.
 */
@Named
@ViewScoped
public class VerifyEmailPage implements Serializable {

    private static final String FORM = "bevestig";
    private static final Map<String, String> FIELDS = Map.of("newPassword", "wachtwoord", "token", "wachtwoord");

    @EJB
    AccountSignUp signUps;

    @Inject
    Messages messages;

    private String token;
    private String password;
    private String repeat;
    private String username;
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
            signUps.checkVerificationToken(token);
        } catch (Refusal refused) {
            problem = LinkProblem.of(refused);
        }
    }

    public void confirm() {
        String chosen = password;
        password = null;
        String repeated = repeat;
        repeat = null;
        if (chosen != null && !chosen.equals(repeated)) {
            messages.error(FORM + ":herhaal", "account.password.mismatch");
            return;
        }
        try {
            username = signUps.verifyEmail(token, chosen);
        } catch (Invalid invalid) {
            Refusals.fields(invalid, FORM, FIELDS);
        } catch (Refusal refused) {
            problem = LinkProblem.of(refused);
        }
    }

    public boolean isVerified() { return username != null; }
    public String getUsername() { return username; }
    /** UNKNOWN, USED or EXPIRED when the link did not work; null otherwise. */
    public String getProblem() { return problem == null ? null : problem.name(); }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeat() { return repeat; }
    public void setRepeat(String repeat) { this.repeat = repeat; }
}
