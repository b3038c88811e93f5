package be.draaischijf.web.security;

import be.draaischijf.identity.api.AccountView;
import be.draaischijf.web.api.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Logs people in through the login page (programmatic {@code SecurityContext.authenticate}) and
 * keeps them logged in through a {@link SessionUser} session attribute, which replicates across a
 * cluster; REST calls under /api may authenticate with HTTP Basic instead, without a session.
 * Anonymous requests for protected pages go to the login page; for the API they get a 401 problem.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginAttempt attempt;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return loginFromForm(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionUser.ATTRIBUTE) instanceof SessionUser user) {
            return context.notifyContainerAboutLogin(user.username(), user.groups());
        }
        Optional<UsernamePasswordCredential> basic = basicCredential(request);
        if (basic.isPresent()) {
            CredentialValidationResult result = identityStores.validate(basic.get());
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result)
                    : unauthorized(request, response);
        }
        if (context.isProtected()) {
            return isApi(request) ? unauthorized(request, response) : toLoginPage(request, response, context);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionUser.ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus loginFromForm(HttpServletRequest request, HttpMessageContext context,
                                               Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        AccountView account = attempt.account().orElseThrow();
        request.getSession().setAttribute(SessionUser.ATTRIBUTE, new SessionUser(
                account.username(), account.displayName(), result.getCallerGroups(), account.organisationId()));
        return context.notifyContainerAboutLogin(result);
    }

    private static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (!isApi(request) || header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.of(new UsernamePasswordCredential(decoded, ""))
                    : Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.of(new UsernamePasswordCredential("", ""));
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Draaischijf\", charset=\"UTF-8\"");
        java.util.Locale language = Problems.language(request);
        Problems.write(response, 401, Problems.text(language, "problem.title.401"),
                Problems.text(language, "problem.detail.401"), request.getRequestURI());
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String login = request.getContextPath() + "/login?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            try {
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login.replace("&", "&amp;") + "\"/></partial-response>");
            } catch (IOException e) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(login);
    }
}
