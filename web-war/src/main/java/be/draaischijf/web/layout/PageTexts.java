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

    public String refusal(Refusal refusal) {
        return Refusals.text(refusal);
    }
}
