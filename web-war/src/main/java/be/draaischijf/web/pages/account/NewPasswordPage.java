package be.draaischijf.web.pages.account;

import be.draaischijf.identity.api.AccountSignUp;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.layout.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * /wachtwoord/nieuw?token=: choose a password with a mailed link (after "forgot password", or an invitation
 * by a coordinator). Opening the page only checks the link; saving uses it, then the person logs in.
 */
@Named
@ViewScoped
public class NewPasswordPage extends PasswordLinkPage {

    private static final String FORM = "nieuw";

    @EJB
    AccountSignUp signUps;

    @Override
    void check(String token) {
        signUps.checkPasswordToken(token);
    }

    @Override
    String form() {
        return FORM;
    }

    public void save() throws IOException {
        String chosen = takePassword();
        if (mismatch()) {
            return;
        }
        try {
            signUps.setPassword(getToken(), chosen);
        } catch (Invalid invalid) {
            Refusals.fields(invalid, FORM, FIELDS);
            return;
        } catch (Refusal refused) {
            linkRefused(refused);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/login?wachtwoord=ingesteld");
    }
}
