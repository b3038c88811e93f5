package be.draaischijf.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import be.draaischijf.web.i18n.Language;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Adds a message from the bundle, in the person's language, to the page or to one field. */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "be.draaischijf.web.i18n.messages";

    @Inject
    FacesContext faces;

    @Inject
    Language language;

    /** In the person's language (the view root's locale is not set yet during a view action). */
    public String text(String key) {
        return ResourceBundle.getBundle(BUNDLE, language.getLocale()).getString(key);
    }

    /** A bundle text with its {0}-style arguments filled in. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(text(key), language.getLocale()).format(arguments);
    }

    public void error(String clientId, String key) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
    }

    public void info(String key) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
    }

    /** A bundle text with its arguments filled in, as the page's message. */
    public void info(String key, Object... arguments) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, format(key, arguments), null));
    }
}
