package be.draaischijf.web.security;

import be.draaischijf.identity.api.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** The logged-in person for screens: name and roles, for the header and the navigation. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    public boolean isLoggedIn() {
        return request.getRemoteUser() != null;
    }

    public Optional<SessionUser> sessionUser() {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SessionUser.ATTRIBUTE) instanceof SessionUser user
                ? Optional.of(user) : Optional.empty();
    }

    public String getDisplayName() {
        return sessionUser().map(SessionUser::displayName).orElse(request.getRemoteUser());
    }

    public boolean isAdmin() {
        return request.isUserInRole(Roles.ADMIN);
    }

    public boolean isCoordinator() {
        return request.isUserInRole(Roles.COORDINATOR);
    }

    public boolean isPartner() {
        return request.isUserInRole(Roles.PARTNER);
    }

    /** A partner organisation's administrator: manages the colleagues of their own organisation. */
    public boolean isPartnerAdmin() {
        return request.isUserInRole(Roles.PARTNER_ADMIN);
    }

    public boolean isProfessional() {
        return request.isUserInRole(Roles.PROFESSIONAL);
    }
}
