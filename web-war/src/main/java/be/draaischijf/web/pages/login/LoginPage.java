package be.draaischijf.web.pages.login;

import be.draaischijf.web.i18n.LanguageFilter;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.security.LoginAttempt;
import be.draaischijf.web.security.LoginTarget;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** /login: username and password, checked by the authentication mechanism. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    LoginAttempt attempt;

    @Inject
    Messages messages;

    private String username;
    private String password;

    private String next;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> {
                attempt.account().ifPresent(account -> LanguageFilter.remember(request, response, account.language()));
                external.redirect(external.getRequestContextPath() + LoginTarget.after(next, attempt.groups()));
            }
            case SEND_CONTINUE -> {
                if (attempt.needsSecondFactor()) {
                    external.redirect(external.getRequestContextPath() + "/login/code"
                            + (next == null || next.isBlank() ? "" : "?next=" + java.net.URLEncoder.encode(next,
                                    java.nio.charset.StandardCharsets.UTF_8)));
                } else {
                    faces.responseComplete();
                }
            }
            // a wrong password, a throttled account and an address that failed too often read the same
            default -> messages.error(null, "login.failed");
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
