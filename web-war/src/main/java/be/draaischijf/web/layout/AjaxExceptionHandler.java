package be.draaischijf.web.layout;

import be.draaischijf.platform.logging.LogContext;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.health.DatabaseUnavailable;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.text.MessageFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An unexpected error during an AJAX request would otherwise show nothing (Production stage): the page's message
 * area (the template's {@code messages}) gets a polite text from the bundle with the id the error was logged
 * under; an expired view asks to reload the page; a database that cannot be reached asks to try again in a moment
 * (ADR 0050). The rest of the page, what the person typed and the messages
 * next to the fields, stays as it was. Full-page requests keep the error page ({@code web.xml}). Registered in
 * {@code faces-config.xml} through {@link Factory}.
 */
public class AjaxExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(AjaxExceptionHandler.class.getName());

    /** The client id of the template's message area. */
    static final String MESSAGES = "messages";

    public AjaxExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        if (faces == null || !events.hasNext() || !faces.getPartialViewContext().isAjaxRequest()
                || faces.getExternalContext().isResponseCommitted()) {
            getWrapped().handle();
            return;
        }
        Throwable thrown = events.next().getContext().getException();
        if (thrown instanceof AbortProcessingException || cause(thrown) instanceof AbortProcessingException) {
            // a listener that stopped the processing on purpose: Faces' own handler ignores it
            getWrapped().handle();
            return;
        }
        // one message for the request, however many exceptions it queued
        events.remove();
        while (events.hasNext()) {
            events.next();
            events.remove();
        }
        String text;
        if (cause(thrown) instanceof ViewExpiredException) {
            text = text("error.viewExpired");
        } else if (DatabaseUnavailable.isCauseOf(thrown)) {
            // the database cannot be reached (ADR 0050): nothing to report, try again in a moment
            LOG.warning(() -> "Database unavailable during an AJAX request to " + faces.getExternalContext().getRequestServletPath());
            text = text("error.unavailable.ajax");
        } else if (cause(thrown) instanceof Refusal refusal) {
            // a module's refusal that the page did not catch: what the module said, in the page's language
            text = refusal instanceof Invalid invalid
                    ? invalid.errors().stream().map(Refusals::text).collect(java.util.stream.Collectors.joining(" "))
                    : Refusals.text(refusal);
        } else {
            String id = LogContext.newErrorId();
            LOG.log(Level.SEVERE, "Unexpected error " + id + " during an AJAX request to "
                    + faces.getExternalContext().getRequestServletPath(), thrown);
            text = text("error.ajax", id);
        }
        try {
            ExternalContext external = faces.getExternalContext();
            // drop what was written so far, keep the headers (the security headers among them)
            if (external.getResponse() instanceof HttpServletResponse response) {
                response.resetBuffer();
                response.setStatus(HttpServletResponse.SC_OK);
            } else {
                external.responseReset();
            }
            external.setResponseContentType("text/xml");
            external.setResponseCharacterEncoding("UTF-8");
            Writer out = external.getResponseOutputWriter();
            out.write(partialResponse(faces.getViewRoot() == null ? null : faces.getViewRoot().getContainerClientId(faces), text));
            out.flush();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not write the error message", e);
        }
        faces.responseComplete();
    }

    /** The text in the person's language (Dutch when the request's beans cannot be had). */
    private static String text(String key, Object... arguments) {
        try {
            return CDI.current().select(Messages.class).get().format(key, arguments);
        } catch (RuntimeException e) {
            Locale dutch = Locale.forLanguageTag("nl");
            return new MessageFormat(ResourceBundle.getBundle(Messages.BUNDLE, dutch).getString(key), dutch).format(arguments);
        }
    }

    /** The innermost cause past the wrappers Faces and EL put around it. */
    static Throwable cause(Throwable thrown) {
        Throwable cause = thrown;
        int depth = 0;
        while ((cause instanceof FacesException || cause instanceof jakarta.el.ELException)
                && cause.getCause() != null && cause.getCause() != cause && depth++ < 20) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * A partial response that replaces the message area with one error, in the markup the template's
     * {@code h:messages} gives (so it looks and is announced the same).
     */
    static String partialResponse(String viewId, String text) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response"
                + (viewId == null ? "" : " id=\"" + escape(viewId) + "\"") + "><changes><update id=\"" + MESSAGES + "\"><![CDATA["
                + "<div id=\"" + MESSAGES + "\" class=\"page-messages\" aria-live=\"polite\"><ul class=\"page-messages__list\">"
                + "<li class=\"message message--error\">" + escape(text) + "</li></ul></div>"
                + "]]></update></changes></partial-response>";
    }

    /** HTML-escaped; a CDATA end cannot survive it. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Wraps the container's exception handler. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new AjaxExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
