package be.draaischijf.web.pages.meldpunt.dossier;

import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.referral.api.ConsentChange;
import be.draaischijf.referral.api.ConsentGiver;
import be.draaischijf.referral.api.ConsentMethod;
import be.draaischijf.referral.api.ConsentWithdrawal;
import be.draaischijf.referral.api.Intake;
import be.draaischijf.web.i18n.Formats;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The case page's consent section (ADR 0041): the consent in force in words (who, when, how), or who withdrew it and
 * when; and the form that records consent given after the intake or a withdrawal: who (the young person themselves,
 * from 12, or a parent or guardian), given or withdrawn, the day (today unless changed) and how. The module refuses what
 * does not count (a child under 12 for themselves, nothing to withdraw); its messages go next to the fields.
 */
@Named
@ViewScoped
public class CaseConsentForm extends CaseForm {

    static final String FORM = "toestemmingForm";

    /** The module's field → the input's id. */
    private static final Map<String, String> FIELDS = Map.of("by", "toestemmingDoor", "given", "toestemmingGegeven",
            "on", "toestemmingOp", "method", "toestemmingHoe");

    @Inject
    Formats formats;

    private ConsentGiver by;
    private Boolean given;
    private LocalDate on = LocalDate.now(Formats.BRUSSELS);
    private ConsentMethod method;

    /** Records the consent or its withdrawal; the case page says which was saved. */
    public void submit() throws IOException {
        ConsentChange change = new ConsentChange(by, given, on, method);
        change(FORM, FIELDS, Boolean.FALSE.equals(given) ? "case.consent.withdrawnSaved" : "case.consent.saved",
                version -> cases.recordConsent(caseId(), version, change));
    }

    /** Whether consent counts now: a parent's, or the young person's own from 12. */
    public boolean isInForce() {
        return detail().intake().hasConsent();
    }

    /** Whether the last consent was withdrawn (and none given since). */
    public boolean isWithdrawn() {
        return detail().consentWithdrawn() != null;
    }

    /**
     * The consent in force, in words: "Toestemming van de jongere op 3 maart 2026 (mondeling, in een gesprek)."; or who
     * withdrew it and when; or that there is none.
     */
    public String getState() {
        CaseDetail detail = detail();
        Intake intake = detail.intake();
        if (intake.hasConsent()) {
            boolean young = intake.youngPersonConsentCounts();
            boolean parent = intake.consentParent();
            String who = messages.text(young && parent ? "intake.consent.both"
                    : young ? "intake.consent.youngPerson" : "intake.consent.parent");
            return messages.format("case.consent.state.given", who, formats.date(intake.consentDate()),
                    how(intake.consentMethod()));
        }
        ConsentWithdrawal withdrawn = detail.consentWithdrawn();
        if (withdrawn != null) {
            return messages.format("case.consent.state.withdrawn",
                    messages.text("event.consentGiver." + withdrawn.by().name()), formats.date(withdrawn.on()),
                    how(withdrawn.method()));
        }
        return messages.text("case.consent.state.none");
    }

    /** How consent was given or withdrawn, as said within a sentence ("telefonisch"); a dash when not known. */
    private String how(ConsentMethod method) {
        return method == null ? "—" : messages.text("event.consentMethod." + method.name());
    }

    public List<ConsentGiver> getGivers() {
        return List.of(ConsentGiver.values());
    }

    public ConsentMethod[] getMethods() {
        return ConsentMethod.values();
    }

    /** Today, the latest day consent can have been given or withdrawn (the date field's max). */
    public String getToday() {
        return LocalDate.now(Formats.BRUSSELS).toString();
    }

    private CaseDetail detail() {
        return casePage.getDetail();
    }

    public ConsentGiver getBy() { return by; }
    public void setBy(ConsentGiver by) { this.by = by; }
    public Boolean getGiven() { return given; }
    public void setGiven(Boolean given) { this.given = given; }
    public LocalDate getOn() { return on; }
    public void setOn(LocalDate on) { this.on = on; }
    public ConsentMethod getMethod() { return method; }
    public void setMethod(ConsentMethod method) { this.method = method; }
}
