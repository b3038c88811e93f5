package be.draaischijf.web.pages.account;

import be.draaischijf.identity.api.AccountSignUp;
import be.draaischijf.platform.refusal.Refusal;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * /aanmelden-account/bevestigen?token=: confirms the address with a button rather than on opening the link,
 * so that a mail scanner that opens every link does not use it up; then offers the login.
 */
@Named
@ViewScoped
public class VerifyEmailPage implements Serializable {

    @EJB
    AccountSignUp signUps;

    private String token;
    private String username;
    private LinkProblem problem;

    public void confirm() {
        if (token == null || token.isBlank()) {
            problem = LinkProblem.UNKNOWN;
            return;
        }
        try {
            username = signUps.verifyEmail(token);
        } catch (Refusal refused) {
            problem = LinkProblem.of(refused);
        }
    }

    public boolean isVerified() { return username != null; }
    public String getUsername() { return username; }
    /** UNKNOWN, USED or EXPIRED when the link did not work; null otherwise. */
    public String getProblem() { return problem == null ? null : problem.name(); }
    public boolean isMissingToken() { return token == null || token.isBlank(); }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
}
