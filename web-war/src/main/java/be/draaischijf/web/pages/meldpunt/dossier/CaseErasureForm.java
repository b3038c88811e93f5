package be.draaischijf.web.pages.meldpunt.dossier;

import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.referral.api.ErasureRecord;
import be.draaischijf.referral.api.ReferralPrivacy;
import be.draaischijf.web.i18n.Formats;
import be.draaischijf.web.layout.Refusals;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;

/**
 * The case page's "Wissen op verzoek" for an administrator who opened the case (issue 16): the data subject's right to
 * erasure, approved by an administrator. Two steps without a dialog, as the referral's confirmation (ADR 0039): the
 * reason (10 to 500 characters, kept with the erasure) is checked first and the page asks, in place, whether to erase
 * for good, saying what goes and what stays; only "Ja, nu wissen" erases. The case is then anonymised at once: the page
 * shows it so.
 */
@Named
@ViewScoped
public class CaseErasureForm extends CaseForm {

    static final String FORM = "wissen";
    static final int SHORTEST = ReferralPrivacy.ERASURE_REASON_MIN;
    static final int LONGEST = ReferralPrivacy.ERASURE_REASON_MAX;

    /** The module's field → the input's id. */
    private static final Map<String, String> FIELDS = Map.of("reason", "wisReden");

    @EJB
    ReferralPrivacy privacy;

    @Inject
    Formats formats;

    private String reason;
    /** The reason passed the check: the page asks to confirm; nothing is erased yet. */
    private boolean confirming;

    /** Step 1: the reason checked, then the question whether to erase, in place of the button. */
    public void ask() {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            messages.error(FORM + ":wisReden", "case.erase.reason.required");
            return;
        }
        if (text.length() < SHORTEST || text.length() > LONGEST) {
            messages.error(FORM + ":wisReden", "case.erase.reason.length");
            return;
        }
        confirming = true;
    }

    /** Nothing is erased; the reason stays in the field. */
    public void cancel() {
        confirming = false;
    }

    /** Step 2: the erasure, with the reason that was checked; back to the case, which now shows anonymised. */
    public void confirm() throws IOException {
        if (!confirming) {
            return;
        }
        confirming = false;
        ErasureRecord erased;
        try {
            erased = privacy.erase(caseId(), reason.strip());
        } catch (Refusal refused) {
            Refusals.show(refused, FORM, FIELDS);
            return;
        } catch (EJBAccessException refused) {
            messages.error(null, "case.notPermitted");
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        messages.info("case.erase.done", erased.reference(), formats.dateTime(erased.erasedAt()));
        external.redirect(external.getRequestContextPath() + "/meldpunt/dossiers/" + erased.caseId());
    }

    /** "Dossier DS-2026-0142 nu wissen?" */
    public String getTitle() {
        return messages.format("case.erase.confirm.title", casePage.getDetail().reference());
    }

    public boolean isConfirming() { return confirming; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
