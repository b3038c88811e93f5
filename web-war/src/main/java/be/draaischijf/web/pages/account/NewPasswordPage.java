package be.draaischijf.web.pages.account;

import be.draaischijf.identity.api.AccountSignUp;
import be.draaischijf.identity.api.InvalidToken;
import be.draaischijf.identity.api.PasswordRefused;
import be.draaischijf.web.layout.FormErrors;
import be.draaischijf.web.layout.ModuleMessages;
import be.draaischijf.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
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
    private InvalidToken.Reason problem;

    /** On opening: is the link still good? (It is not used yet.) */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (token == null || token.isBlank()) {
            problem = InvalidToken.Reason.UNKNOWN;
            return;
        }
        try {
            signUps.checkPasswordToken(token);
        } catch (InvalidToken e) {
            problem = e.getReason();
        } catch (EJBException e) {
            if (!(e.getCause() instanceof ConstraintViolationException)) {
                throw e;
            }
            problem = InvalidToken.Reason.UNKNOWN;
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
        } catch (InvalidToken e) {
            problem = e.getReason();
            return;
        } catch (PasswordRefused e) {
            FacesContext.getCurrentInstance().addMessage(FORM + ":wachtwoord",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, FormErrors.sentence(ModuleMessages.inPageLanguage(e.getMessage())), null));
            return;
        } catch (EJBException e) {
            if (e.getCause() instanceof ConstraintViolationException invalid) {
                FormErrors.show(FORM, FIELDS, invalid);
                return;
            }
            throw e;
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
