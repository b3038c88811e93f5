package be.draaischijf.web.layout;

import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The modules' messages for the views ({@code #{moduleTexts.field(error)}}), in the page's language, as sentences. */
@Named("moduleTexts")
@RequestScoped
public class PageTexts {

    public String field(FieldError error) {
        return Refusals.text(error);
    }

    /** What a field error says after its field's name ("max_leeftijd: moet tussen 0 en 25 liggen"): not a sentence. */
    public String afterField(FieldError error) {
        return Refusals.texts().of(error);
    }

    public String refusal(Refusal refusal) {
        return Refusals.text(refusal);
    }
}
