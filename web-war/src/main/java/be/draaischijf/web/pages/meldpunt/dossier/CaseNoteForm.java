package be.draaischijf.web.pages.meldpunt.dossier;

import be.draaischijf.referral.api.EventKind;
import be.draaischijf.web.layout.FormPages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The case page's note form: a note, call or e-mail on the timeline. */
@Named
@ViewScoped
public class CaseNoteForm extends CaseForm {

    private static final Map<String, String> FIELDS = Map.of("kind", "notitieSoort", "text", "notitieTekst");

    private EventKind kind = EventKind.NOTE;
    private String text;

    public void submit() throws IOException {
        if (FormPages.blank(text)) {
            messages.error("notitie:notitieTekst", "case.note.required");
            return;
        }
        EventKind chosen = kind == null ? EventKind.NOTE : kind;
        String note = text.strip();
        change("notitie", FIELDS, "case.note.saved",
                version -> cases.addNote(caseId(), chosen, note));
    }

    public List<EventKind> getKinds() {
        return List.of(EventKind.NOTE, EventKind.CALL, EventKind.EMAIL);
    }

    public EventKind getKind() { return kind; }
    public void setKind(EventKind kind) { this.kind = kind; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
