package be.draaischijf.web.api;

import be.draaischijf.identity.api.Roles;
import be.draaischijf.platform.refusal.NotPermitted;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;

/** The logged-in caller of an API operation; 401 when nobody is, 403 when their role may not. */
final class Callers {

    private Callers() {
    }

    static String name(SecurityContext security) {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic realm=\"Draaischijf\"");
        }
        return security.getUserPrincipal().getName();
    }

    /** 401 for nobody, 403 for anyone but coordinators and administrators. */
    static String coordinator(SecurityContext security) {
        String name = name(security);
        if (!security.isUserInRole(Roles.COORDINATOR) && !security.isUserInRole(Roles.ADMIN)) {
            throw new NotPermitted("draaischijf.coordinators-only");
        }
        return name;
    }
}
