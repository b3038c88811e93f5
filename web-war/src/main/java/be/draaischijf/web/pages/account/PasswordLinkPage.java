package be.draaischijf.web.pages.account;

import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.layout.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Map;

/**
 * A page opened from a mailed link where a password is chosen (twice): opening it only checks the link, so that a
 * mail scanner that opens every link does not use it up; saving uses it. The password is never kept in the view.
 */
public abstract class PasswordLinkPage implements Serializable {

    /** The module's fields, as the password forms name their inputs. */
    static final Map<String, String> FIELDS = Map.of("newPassword", "wachtwoord", "token", "wachtwoord");

    @Inject
    Messages messages;

    private String token;
    private String password;
    private String repeat;
    private LinkProblem problem;
    private boolean mismatch;

    /** Whether the link can still be used, without using it; a refusal when it cannot. */
    abstract void check(String token);

    /** The form's id, for the message next to the repeated password. */
    abstract String form();

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
            check(token);
        } catch (Refusal refused) {
            problem = LinkProblem.of(refused);
        }
    }

    /**
     * The password typed, taken out of the form (null when none was typed, which the module refuses with its own
     * message); {@code onMismatch} says whether the two typed passwords differ, with a message next to the repetition.
     */
    String takePassword() {
        String chosen = password;
        String repeated = repeat;
        password = null;
        repeat = null;
        mismatch = chosen != null && !chosen.equals(repeated);
        if (mismatch) {
            messages.error(form() + ":herhaal", "account.password.mismatch");
        }
        return chosen;
    }

    /** Whether the last {@link #takePassword} found two different passwords. */
    boolean mismatch() {
        return mismatch;
    }

    void linkRefused(Refusal refused) {
        problem = LinkProblem.of(refused);
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
