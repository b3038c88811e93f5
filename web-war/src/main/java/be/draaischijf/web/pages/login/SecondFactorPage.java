package be.draaischijf.web.pages.login;

import be.draaischijf.web.i18n.LanguageFilter;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.security.LoginAttempt;
import be.draaischijf.web.security.LoginTarget;
import be.draaischijf.web.security.SecondFactorCredential;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** /login/code: the second step of a login, the code of the authenticator app or a recovery code. */
@Named
@RequestScoped
public class SecondFactorPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    LoginAttempt attempt;

    @Inject
    Messages messages;

    private String code;
    private String next;

    public void submit() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().credential(new SecondFactorCredential(code)).newAuthentication(true));
        code = null;
        if (status == AuthenticationStatus.SUCCESS) {
            attempt.account().ifPresent(account -> LanguageFilter.remember(request, response, account.language()));
            external.redirect(external.getRequestContextPath() + LoginTarget.after(next, attempt.groups()));
        } else if (attempt.isExpired()) {
            external.getFlash().setKeepMessages(true);
            messages.error(null, "login.code.expired");
            external.redirect(external.getRequestContextPath() + "/login");
        } else {
            messages.error("stap2:code", "login.code.failed");
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
