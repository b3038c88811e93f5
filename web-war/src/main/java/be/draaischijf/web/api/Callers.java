package be.draaischijf.web.api;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;

/** The logged-in caller of an API operation that changes something; 401 when nobody is. */
final class Callers {

    private Callers() {
    }

    static String name(SecurityContext security) {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Basic realm=\"Draaischijf\"");
        }
        return security.getUserPrincipal().getName();
    }
}
