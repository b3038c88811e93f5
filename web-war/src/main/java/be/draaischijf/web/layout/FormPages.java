package be.draaischijf.web.layout;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.OptionalLong;

/** What the edit forms (organisation, offer) share: who edits, from which pages, refusing and returning. */
public final class FormPages {

    private FormPages() {
    }

    /** Ends the request with the error page for {@code status} (403, 404); the view is not rendered. */
    public static void refuse(int status) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(status, "");
        faces.responseComplete();
    }

    /** The request the form was sent with. */
    public static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /**
     * Whether a per-address limit holds the form back ({@code wait}: the seconds to wait, as the limit answered); if
     * so, the page says so and when to try again.
     */
    public static boolean tooMany(OptionalLong wait, Messages messages) {
        if (wait.isEmpty()) {
            return false;
        }
        FacesContext.getCurrentInstance().addMessage(null, new jakarta.faces.application.FacesMessage(
                jakarta.faces.application.FacesMessage.SEVERITY_ERROR, messages.format("limits.tooMany", wait.getAsLong()), null));
        return true;
    }

    /** A select's chosen id: none for the empty choice. */
    public static java.util.UUID idOrNull(String value) {
        return blank(value) ? null : java.util.UUID.fromString(value.strip());
    }

    /** Whether a form field is blank. */
    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Whether the form is used from the coordinators' pages (any organisation) rather than /partner (their own). */
    public static boolean onCoordinatorPages() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId().startsWith("/meldpunt/");
    }

    /** The logged-in user's name, which the module checks against what they may change. */
    public static String editor() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteUser();
    }

    /**
     * After saving: the message survives the redirect to {@code path}. The redirect is explicit because
     * these views are served through a forward, so navigation would name the .xhtml.
     */
    public static void savedThenTo(Messages messages, String key, String path) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        messages.info(key);
        external.redirect(external.getRequestContextPath() + path);
    }
}
