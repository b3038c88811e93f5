package be.draaischijf.web.pages.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the forms of a page with an id in its address post back to ({@code <h:form pt:action="#{sameAddress.action}">}):
 * the address the browser asked for, such as {@code /meldpunt/dossiers/{id}}. Without it a form posts to the view
 * that {@code PathParameterFilter} forwards to ({@code /meldpunt/dossier.xhtml}, without the id), so a page shown
 * again after a refused save had an address that no longer names the case.
 */
@Named
@RequestScoped
public class SameAddress {

    @Inject
    HttpServletRequest request;

    /** The requested path (before the forward) with its query string, encoded for the session like any form action. */
    public String getAction() {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String path = forwarded != null ? forwarded.toString() : request.getRequestURI();
        Object query = forwarded != null ? request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) : request.getQueryString();
        String address = path + (query == null || query.toString().isEmpty() ? "" : "?" + query);
        return FacesContext.getCurrentInstance().getExternalContext().encodeActionURL(address);
    }
}
