package be.draaischijf.web.pages.referral;

import be.draaischijf.web.layout.FormErrors;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;

/** What the referral forms share when the module refuses: field errors next to the fields, refusals on the page. */
public final class CaseForms {

    private CaseForms() {
    }

    /** The bean-validation refusal inside an EJB container's wrapper, if that is what it is. */
    public static Optional<ConstraintViolationException> invalid(RuntimeException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof ConstraintViolationException invalid) {
                return Optional.of(invalid);
            }
            cause = cause instanceof EJBException ejb && ejb.getCausedByException() != null
                    ? ejb.getCausedByException() : cause.getCause();
            if (cause == e) {
                break;
            }
        }
        return Optional.empty();
    }

    /** A page message in the module's own (Dutch) words, after a translated lead-in. */
    public static void refused(String leadIn, String reason) {
        String text = reason == null || reason.isBlank() ? leadIn : leadIn + " " + FormErrors.sentence(reason);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Whether a form field is blank. */
    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
