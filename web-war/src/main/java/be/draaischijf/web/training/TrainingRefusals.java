package be.draaischijf.web.training;

import be.draaischijf.training.api.AlreadyRegistered;
import be.draaischijf.training.api.InvalidInput;
import be.draaischijf.training.api.NotPermitted;
import be.draaischijf.training.api.RegistrationClosed;
import be.draaischijf.training.api.SessionBusy;
import be.draaischijf.training.api.SessionChangedMeanwhile;
import be.draaischijf.training.api.TransitionNotAllowed;
import be.draaischijf.training.api.UnknownRegistration;
import be.draaischijf.training.api.UnknownSession;
import be.draaischijf.training.api.UnknownToken;
import be.draaischijf.web.i18n.Language;
import be.draaischijf.web.layout.FormErrors;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.ModuleMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/**
 * What the training pages show when the module refuses: a text from the bundles, or the module's own sentence
 * (a {@link TransitionNotAllowed}, an {@link InvalidInput} field) in the page's language. Never an id or an
 * exception's raw text: the "unknown" refusals carry ids and get a bundle text, and a module sentence without an
 * English text gets a general one on an English page. A lock that could not be had in time ({@link SessionBusy})
 * asks to try again in a few seconds.
 */
@RequestScoped
public class TrainingRefusals {

    @Inject
    Messages messages;

    @Inject
    Language language;

    /**
     * Shows a refusal of the training module on the page ({@code clientId} null) or at one field: true when it
     * was one (its exceptions, also wrapped in an EJBException); false for anything else, which
     * the caller rethrows.
     */
    public boolean show(String clientId, Throwable refusal) {
        String text = text(refusal);
        if (text == null) {
            return false;
        }
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        return true;
    }

    /** The text for a refusal, or null when it is none of the module's. */
    String text(Throwable refusal) {
        Throwable module = moduleException(refusal);
        if (module instanceof InvalidInput invalid) {
            return invalid.getErrors().values().stream().sorted().map(this::sentence)
                    .reduce((a, b) -> a + " " + b).orElse(messages.text("training.notAllowed"));
        }
        if (module instanceof TransitionNotAllowed) {
            return sentence(module.getMessage());
        }
        String key = bundleKey(refusal);
        return key == null ? null : messages.text(key);
    }

    /**
     * The bundle key for a refusal whose text is not for people as it is (it carries an id, or the web words it
     * itself), or null: a {@link TransitionNotAllowed} and an {@link InvalidInput} are worded by the module.
     */
    public static String bundleKey(Throwable refusal) {
        if (isBusy(refusal)) {
            return "training.busy";
        }
        Throwable module = moduleException(refusal);
        if (module instanceof SessionChangedMeanwhile) {
            return "sessionEdit.changedMeanwhile";
        }
        if (module instanceof UnknownRegistration) {
            return "training.unknownRegistration";
        }
        if (module instanceof UnknownSession) {
            return "registration.unknownSession";
        }
        if (module instanceof UnknownToken) {
            return "myRegistration.invalid";
        }
        if (module instanceof NotPermitted) {
            return "training.notPermitted";
        }
        if (module instanceof AlreadyRegistered) {
            return "registration.alreadyRegistered";
        }
        if (module instanceof RegistrationClosed closed) {
            return "registrationClosed." + closed.getReason();
        }
        return null;
    }

    /** A lock that could not be had in time (the module's {@link SessionBusy}, also wrapped): trying again works. */
    public static boolean isBusy(Throwable thrown) {
        return moduleException(thrown) instanceof SessionBusy;
    }

    /** The training module's own exception, also when the container wrapped it (an EJBException), else null. */
    static Throwable moduleException(Throwable thrown) {
        int depth = 0;
        for (Throwable cause = thrown; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause.getClass().getPackageName().equals(SessionBusy.class.getPackageName())) {
                return cause;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /**
     * A module sentence as a sentence in the page's language; on an English page a sentence without an English
     * text gives the general one rather than Dutch.
     */
    String sentence(String dutch) {
        if (dutch == null || dutch.isBlank()) {
            return messages.text("training.notAllowed");
        }
        if ("en".equals(language.getLocale().getLanguage())) {
            return ModuleMessages.english(dutch).map(FormErrors::sentence).orElseGet(() -> messages.text("training.notAllowed"));
        }
        return FormErrors.sentence(dutch);
    }
}
