package be.draaischijf.web.pages.account;

import be.draaischijf.identity.api.AccountSignUp;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.layout.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * /aanmelden-account/bevestigen?token=: confirms the address of a signed-up account by choosing its password. Only
 * the owner of the address reaches this page, so only they choose the password: signing up with someone else's
 * address gives the one who did it nothing. Then the person logs in.
 */
@Named
@ViewScoped
public class VerifyEmailPage extends PasswordLinkPage {

    private static final String FORM = "bevestig";

    @EJB
    AccountSignUp signUps;

    private String username;

    @Override
    void check(String token) {
        signUps.checkVerificationToken(token);
    }

    @Override
    String form() {
        return FORM;
    }

    public void confirm() {
        String chosen = takePassword();
        if (mismatch()) {
            return;
        }
        try {
            username = signUps.verifyEmail(getToken(), chosen);
        } catch (Invalid invalid) {
            Refusals.fields(invalid, FORM, FIELDS);
        } catch (Refusal refused) {
            linkRefused(refused);
        }
    }

    public boolean isVerified() { return username != null; }
    public String getUsername() { return username; }
}
