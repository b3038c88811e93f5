package be.draaischijf.web.pages.account;

import be.draaischijf.identity.api.AccountSignUp;
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

/** /wachtwoord: asks for a link to choose a new password; the answer never tells whether the address has an account. */
@Named
@ViewScoped
public class PasswordResetPage implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("email", "email");

    @EJB
    AccountSignUp signUps;

    @Inject
    AccountLimits limits;

    @Inject
    Messages messages;

    private String email;
    private boolean sent;

    public void submit() {
        if (FormPages.tooMany(limits.admitAccountMail(FormPages.request()), messages)) {
            return;
        }
        try {
            signUps.requestPasswordReset(email == null ? "" : email);
        } catch (Invalid invalid) {
            Refusals.fields(invalid, "reset", FIELDS);
            return;
        }
        sent = true;
    }

    public boolean isSent() { return sent; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
