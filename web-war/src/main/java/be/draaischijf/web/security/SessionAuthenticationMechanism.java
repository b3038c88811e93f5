package be.draaischijf.web.security;

import be.draaischijf.identity.api.AccountStanding;
import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.Accounts;
import be.draaischijf.identity.api.LoginResult;
import be.draaischijf.identity.api.SecurityEvents;
import be.draaischijf.platform.security.RequestOrigin;
import jakarta.ejb.EJB;
import be.draaischijf.web.api.Problems;
import be.draaischijf.web.health.DatabaseUnavailable;
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
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Logs people in through the login page (programmatic {@code SecurityContext.authenticate}) and
 * keeps them logged in through a {@link SessionUser} session attribute, which replicates across a
 * cluster; at every request the session is checked against the account as it is now (deactivated: logged out; a
 * role taken away: gone from this request on; a new password: the other sessions end). REST calls under /api may
 * authenticate with HTTP Basic instead, without a session, checked in full at every request.
 * Anonymous requests for protected pages go to the login page; for the API they get a 401 problem.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginAttempt attempt;

    @EJB
    Accounts accounts;

    @Inject
    AccountLimits limits;

    @Inject
    RequestOrigin origin;

    @EJB
    SecurityEvents securityEvents;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        try {
            return validate(request, response, context);
        } catch (RuntimeException failure) {
            if (!DatabaseUnavailable.isCauseOf(failure)) {
                throw failure;
            }
            // the account cannot be read while the database is away: 503 with Retry-After, not the server's bare 500
            // (ADR 0050); the session stays, and the next request after the outage goes on as before
            return unavailable(request, response);
        }
    }

    private AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
                                          HttpMessageContext context) {
        // the modules' security records name the client's address, as the trusted proxies give it
        origin.setAddress(limits.address(request));
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof SecondFactorCredential code) {
            return secondStep(request, context, code);
        }
        if (context.isAuthenticationRequest() && credential != null) {
            return loginFromForm(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionUser.ATTRIBUTE) instanceof SessionUser user) {
            Optional<AccountStanding> standing = isResource(request) ? Optional.empty() : stillValid(user);
            Optional<SessionUser> current = isResource(request) ? Optional.of(user)
                    : standing.map(now -> user.withGroups(now.roles().stream().map(Enum::name).collect(Collectors.toSet())));
            if (current.isPresent()) {
                if (!current.get().equals(user)) {
                    session.setAttribute(SessionUser.ATTRIBUTE, current.get());
                }
                if (standing.filter(AccountStanding::mustEnrol).isPresent() && !mayWithoutSecondFactor(request)) {
                    // an administrator or coordinator without a second factor: setting one up comes first
                    return isApi(request) ? unauthorized(request, response)
                            : context.redirect(request.getContextPath() + ENROL + "?verplicht=ja");
                }
                return context.notifyContainerAboutLogin(user.username(), current.get().groups());
            }
            // deactivated, gone, or a new password since this session logged in: the session ends here, and the
            // request goes on as an anonymous one (to the login page when it needs a login)
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyEnded) {
                // a request of the same session at the same moment ended it first
            }
        }
        Optional<String> bearer = bearerToken(request);
        if (bearer.isPresent()) {
            OptionalLong wait = limits.loginWait(request);
            if (wait.isPresent()) {
                return tooMany(request, response, wait.getAsLong());
            }
            LoginResult result = accounts.verifyApiToken(bearer.get());
            if (result.outcome() == LoginResult.Outcome.ACCEPTED) {
                AccountView account = result.account().orElseThrow();
                return context.notifyContainerAboutLogin(account.username(),
                        account.roles().stream().map(Enum::name).collect(Collectors.toSet()));
            }
            failed(request, null);
            return unauthorized(request, response);
        }
        Optional<UsernamePasswordCredential> basic = basicCredential(request);
        if (basic.isPresent()) {
            OptionalLong wait = limits.loginWait(request);
            if (wait.isPresent()) {
                return tooMany(request, response, wait.getAsLong());
            }
            attempt.viaApi();
            CredentialValidationResult result = identityStores.validate(basic.get());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            failed(request, basic.get().getCaller());
            return unauthorized(request, response);
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

    /**
     * The account as it stands now, for the session (read at every request, so that it holds on every server of a
     * cluster): its roles now, whether it must set up a second factor; empty when the account may no longer log in
     * or has a new password.
     */
    private Optional<AccountStanding> stillValid(SessionUser user) {
        return accounts.standing(user.username())
                .filter(standing -> standing.active() && standing.credentialsVersion() == user.credentialsVersion());
    }

    /** Where a session that must set up a second factor goes, and what it may use meanwhile. */
    static final String ENROL = "/account/beveiliging";

    private static boolean mayWithoutSecondFactor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(ENROL) || path.equals("/fout") || path.equals("/fout.xhtml");
    }

    /** Style sheets, scripts and images: no look-up of the account for them. */
    private static boolean isResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    private AuthenticationStatus loginFromForm(HttpServletRequest request, HttpMessageContext context,
                                               Credential credential) {
        // an address that failed too often is refused without a look at the account or the password, and told what
        // a wrong password is told: the login page says the same for both
        if (limits.loginWait(request).isPresent()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // read before the password is checked: a password changed meanwhile ends this session at its next request
        int credentialsVersion = credential instanceof UsernamePasswordCredential login && login.getCaller() != null
                ? accounts.standing(login.getCaller()).map(AccountStanding::credentialsVersion).orElse(0) : 0;
        CredentialValidationResult result = identityStores.validate(credential);
        if (attempt.needsSecondFactor()) {
            // the password was right: the code follows on /login/code, within a few minutes, in a new session id
            request.getSession(true);
            request.changeSessionId();
            AccountView account = attempt.account().orElseThrow();
            request.getSession().setAttribute(PendingLogin.ATTRIBUTE,
                    new PendingLogin(account.username(), credentialsVersion, java.time.Instant.now()));
            return AuthenticationStatus.SEND_CONTINUE;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            failed(request, credential instanceof UsernamePasswordCredential login ? login.getCaller() : null);
            return AuthenticationStatus.SEND_FAILURE;
        }
        return loggedIn(request, context, attempt.account().orElseThrow(), credentialsVersion);
    }

    /** The session of a login that passed every step. */
    private AuthenticationStatus loggedIn(HttpServletRequest request, HttpMessageContext context, AccountView account,
                                          int credentialsVersion) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().removeAttribute(PendingLogin.ATTRIBUTE);
        java.util.Set<String> groups = account.roles().stream().map(Enum::name).collect(Collectors.toSet());
        request.getSession().setAttribute(SessionUser.ATTRIBUTE, new SessionUser(
                account.username(), account.displayName(), groups, account.organisationId(), credentialsVersion));
        return context.notifyContainerAboutLogin(account.username(), groups);
    }

    /**
     * The second step: the code for the login waiting in this session. A wrong code counts as a failed login from
     * this address (and, in the identity module, against the account); an expired or missing login starts over.
     */
    private AuthenticationStatus secondStep(HttpServletRequest request, HttpMessageContext context, SecondFactorCredential code) {
        if (limits.loginWait(request).isPresent()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PendingLogin.ATTRIBUTE) instanceof PendingLogin pending)
                || !pending.isValid(java.time.Instant.now())) {
            attempt.expired();
            return AuthenticationStatus.SEND_FAILURE;
        }
        LoginResult result = accounts.verifySecondFactor(pending.username(), code.code());
        attempt.record(result);
        if (result.outcome() != LoginResult.Outcome.ACCEPTED) {
            failed(request, pending.username());
            return AuthenticationStatus.SEND_FAILURE;
        }
        return loggedIn(request, context, result.account().orElseThrow(), pending.credentialsVersion());
    }

    /** An API token ({@code Authorization: Bearer}) on an API call. */
    private static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (!isApi(request) || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }

    /** Counts a failed login against the address; the security event log hears once when that reaches the limit. */
    private void failed(HttpServletRequest request, String username) {
        if (limits.loginFailed(request)) {
            securityEvents.addressLimited(username);
        }
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

    /** The database cannot be reached: a 503 problem for the API, the error page for a page, both with Retry-After. */
    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        long seconds = DatabaseUnavailable.retryAfterSeconds();
        response.setHeader("Retry-After", Long.toString(seconds));
        java.util.Locale language = Problems.language(request);
        if (isApi(request)) {
            Problems.write(response, 503, Problems.text(language, "problem.title.unavailable"),
                    Problems.text(language, "problem.detail.unavailable", seconds), request.getRequestURI());
        } else {
            try {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Too many failed logins from this address: 429 with {@code Retry-After}. */
    private static AuthenticationStatus tooMany(HttpServletRequest request, HttpServletResponse response, long seconds) {
        response.setHeader("Retry-After", Long.toString(seconds));
        java.util.Locale language = Problems.language(request);
        Problems.write(response, 429, Problems.text(language, "problem.title.429"),
                Problems.text(language, "problem.detail.too-many", seconds), request.getRequestURI());
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
