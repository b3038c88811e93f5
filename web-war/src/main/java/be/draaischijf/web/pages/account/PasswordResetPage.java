package be.draaischijf.web.pages.account;

import be.draaischijf.identity.api.AccountSignUp;
import be.draaischijf.web.layout.FormErrors;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.Map;

/** /wachtwoord: asks for a link to choose a new password; the answer never tells whether the address has an account. */
@Named
@ViewScoped
public class PasswordResetPage implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("email", "email");

    @EJB
    AccountSignUp signUps;

    private String email;
    private boolean sent;

    public void submit() {
        try {
            signUps.requestPasswordReset(email == null ? "" : email);
        } catch (EJBException e) {
            if (e.getCause() instanceof ConstraintViolationException invalid) {
                FormErrors.show("reset", FIELDS, invalid);
                return;
            }
            throw e;
        }
        sent = true;
    }

    public boolean isSent() { return sent; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
