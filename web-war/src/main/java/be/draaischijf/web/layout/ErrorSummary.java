package be.draaischijf.web.layout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.component.html.HtmlOutputLabel;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The error summary at the top of every page (GOV.UK design system): each field's error message, with the field's
 * label, as a link that moves focus to the field, in the order of the fields on the page. Read from the messages the
 * request gathered, so every form has it without a line of its own; the template focuses it when it appears.
 */
@Named
@RequestScoped
public class ErrorSummary {

    /** One field's error: the input's client id (the link's target), its label (may be empty) and the message. */
    public record FieldError(String clientId, String label, String text) {

        /**
         * The line in the summary. A specific message ("Vul de geboortedatum van de jongere in") says everything
         * and stands alone, as the design system asks; a shared one ("is verplicht") only reads after the label.
         */
        public String line() {
            boolean shared = !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
            return shared && !label.isEmpty() ? label + ": " + text : text;
        }
    }

    private List<FieldError> errors;

    public boolean isShown() {
        return !getErrors().isEmpty();
    }

    /**
     * Read when the page is rendered, once: the earlier phases ask too (whether the summary is rendered decides whether
     * it takes part in them), before validation has added its messages, and must not fix the answer.
     */
    public List<FieldError> getErrors() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            return List.of();
        }
        if (errors == null) {
            errors = List.of(); // reading visits the page, this summary's own list too: it must not read again
            errors = read(faces);
        }
        return errors;
    }

    private static List<FieldError> read(FacesContext faces) {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        Iterator<String> ids = faces.getClientIdsWithMessages();
        while (ids.hasNext()) {
            String id = ids.next();
            if (id == null) {
                continue;
            }
            for (FacesMessage message : faces.getMessageList(id)) {
                if (message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal()) {
                    texts.computeIfAbsent(id, key -> new ArrayList<>()).add(message.getSummary());
                }
            }
        }
        if (texts.isEmpty()) {
            return List.of();
        }
        Map<String, String> labels = new HashMap<>();
        Map<String, Integer> places = new HashMap<>();
        visit(faces, texts.keySet(), labels, places);
        List<FieldError> found = new ArrayList<>();
        texts.forEach((id, messages) -> messages.forEach(text -> found.add(new FieldError(id, labels.getOrDefault(id, ""), text))));
        // top to bottom, as the fields are on the page (messages come in the order they were added: a module's field
        // errors by name); a field not found (in a repeated row) after them, as it came. The sort keeps that order.
        found.sort(Comparator.comparingInt(error -> places.getOrDefault(error.clientId(), Integer.MAX_VALUE)));
        return found;
    }

    /**
     * One walk through the page for these inputs (by client id): the text of their labels (the page's
     * {@code <label for>}) and their place on the page, top to bottom.
     */
    private static void visit(FacesContext faces, Set<String> wanted, Map<String, String> labels, Map<String, Integer> places) {
        if (faces.getViewRoot() == null) {
            return;
        }
        // the inputs' own ids (the client id's last part): only a component with one of them is asked its client id
        char separator = UINamingContainer.getSeparatorChar(faces);
        Set<String> ownIds = new HashSet<>();
        wanted.forEach(clientId -> ownIds.add(clientId.substring(clientId.lastIndexOf(separator) + 1)));
        // not into the rows of repeated parts: their labels need the row, and this summary's own list is one of them
        VisitContext visit = VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_ITERATION));
        faces.getViewRoot().visitTree(visit, (context, component) -> {
            if (component.getId() != null && ownIds.contains(component.getId())) {
                String own = component.getClientId(faces);
                if (wanted.contains(own) && !places.containsKey(own)) {
                    places.put(own, places.size());
                }
            }
            if (component instanceof HtmlOutputLabel label && label.getFor() != null) {
                UIComponent target = label.findComponent(label.getFor());
                String id = target == null ? null : target.getClientId(faces);
                if (id != null && wanted.contains(id) && !labels.containsKey(id)) {
                    try {
                        Object value = label.getValue();
                        if (value != null) {
                            labels.put(id, strip(value.toString()));
                        }
                    } catch (RuntimeException unreadable) {
                        // a label that needs what is not there outside its row: the message alone will do
                    }
                }
            }
            return VisitResult.ACCEPT;
        });
    }

    /** A label without the asterisk that marks a required field. */
    private static String strip(String label) {
        return label.replaceAll("\\s*\\*\\s*$", "").strip();
    }
}
