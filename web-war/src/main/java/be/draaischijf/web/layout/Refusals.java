package be.draaischijf.web.layout;

import be.draaischijf.platform.i18n.Texts;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.platform.refusal.Refusal;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The one way a page shows a module's refusal (ADR 0023), in the page's language: an {@link Invalid}'s field errors
 * next to their fields ({@code fields}: the API's field → the input's id in {@code form}; a field not listed goes to
 * the page's message area), an unknown or forbidden thing as the 404 or 403 page, anything else as the page's
 * message. What was typed stays in the form.
 */
public final class Refusals {

    private Refusals() {
    }

    /** Shows the refusal as its kind asks; the page stays (or becomes the 404 / 403 page). */
    public static void show(Refusal refusal, String form, Map<String, String> fields) throws IOException {
        if (refusal instanceof Invalid invalid) {
            fields(invalid, form, fields);
        } else if (refusal instanceof NotAllowedNow conflict && conflict.field() != null
                && fields.containsKey(topField(conflict.field()))) {
            add(form + ":" + fields.get(topField(conflict.field())), texts().of(conflict));
        } else if (refusal instanceof NotFound) {
            FormPages.refuse(404);
        } else if (refusal instanceof NotPermitted) {
            FormPages.refuse(403);
        } else {
            message(refusal);
        }
    }

    /** Shows the refusal on the page as it is: field errors next to their fields, anything else as the page's message. */
    public static void onPage(Refusal refusal, String form, Map<String, String> fields) {
        if (refusal instanceof Invalid invalid) {
            fields(invalid, form, fields);
        } else if (refusal instanceof NotAllowedNow conflict && conflict.field() != null
                && fields.containsKey(topField(conflict.field()))) {
            add(form + ":" + fields.get(topField(conflict.field())), texts().of(conflict));
        } else {
            message(refusal);
        }
    }

    /** The refusal as the page's error message. */
    public static void message(Refusal refusal) {
        if (refusal instanceof Invalid invalid) {
            fields(invalid, null, Map.of());
            return;
        }
        add(null, texts().of(refusal));
    }

    /** Each field error next to its input, or in the page's message area when the form has no input for it. */
    public static void fields(Invalid invalid, String form, Map<String, String> fields) {
        for (FieldError error : invalid.errors()) {
            String input = fields.get(topField(error.field()));
            add(form == null || input == null ? null : form + ":" + input, texts().of(error));
        }
    }

    /** What a field error says, in the page's language, as a sentence. */
    public static String text(FieldError error) {
        return Texts.sentence(texts().of(error));
    }

    /** What a refusal says, in the page's language, as a sentence. */
    public static String text(Refusal refusal) {
        return Texts.sentence(texts().of(refusal));
    }

    /** {@code contacts.email} → {@code contacts}: the form's input is for the API's top-level field. */
    static String topField(String field) {
        int dot = field.indexOf('.');
        return dot < 0 ? field : field.substring(0, dot);
    }

    /** The modules' texts in the page's language. */
    public static Texts texts() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null ? Texts.DUTCH : faces.getViewRoot().getLocale();
        return Texts.in(locale);
    }

    private static void add(String clientId, String phrase) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.sentence(phrase), null));
    }
}
