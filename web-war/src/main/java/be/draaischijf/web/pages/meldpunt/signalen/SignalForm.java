package be.draaischijf.web.pages.meldpunt.signalen;

import be.draaischijf.network.api.SignalDraft;
import be.draaischijf.network.api.SignalSource;
import be.draaischijf.network.api.SignalView;
import be.draaischijf.network.api.Signals;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.i18n.Formats;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.ReferenceChoices;
import be.draaischijf.web.layout.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The form on /meldpunt/signalen that records a signal. Opened from a case ("Signaal maken":
 * {@code ?dossier=DS-2026-0001&wijk=KIEL}), it starts with the source "case", the case's reference and its district,
 * and nothing else of the case (ADR 0045). Saved, the page goes on to the signal's (first) theme.
 */
@Named
@ViewScoped
public class SignalForm implements Serializable {

    static final String FORM = "signaal";

    /** Which input shows the module's message for each field of the draft. */
    static final Map<String, String> FIELDS = Map.of("date", "datum", "source", "bron", "forumCode", "forum",
            "caseReference", "dossier", "district", "wijk", "themes", "themas", "description", "beschrijving",
            "broughtBy", "aangebracht");

    @EJB
    Signals signals;

    @Inject
    ReferenceChoices choices;

    @Inject
    Messages messages;

    private String caseParam;
    private String districtParam;
    private boolean fromCase;

    private LocalDate date;
    private SignalSource source;
    private String forumCode;
    private String caseReference;
    private String district;
    private List<String> themes = new ArrayList<>();
    private String description;
    private String broughtBy;

    /** Runs after the URL parameters are applied (f:viewAction): today, or what the case hands over. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        date = LocalDate.now(Formats.BRUSSELS);
        if (caseParam != null && caseParam.strip().matches(SignalDraft.REFERENCE)) {
            fromCase = true;
            source = SignalSource.CASE;
            caseReference = caseParam.strip().toUpperCase(Locale.ROOT);
            if (districtParam != null && ReferenceItem.isActive(choices.items(ReferenceList.DISTRICT), districtParam.strip())) {
                district = districtParam.strip();
            }
        }
    }

    public void save() throws IOException {
        SignalView saved;
        try {
            saved = signals.add(new SignalDraft(date, source, trim(forumCode), trim(caseReference), district,
                    new LinkedHashSet<>(themes), description, trim(broughtBy)));
        } catch (Refusal refused) {
            Refusals.onPage(refused, FORM, FIELDS);
            return;
        }
        FormPages.savedThenTo(messages, "signalForm.saved", "/meldpunt/themas/" + saved.themes().get(0));
    }

    private static String trim(String text) {
        return FormPages.blank(text) ? null : text.strip();
    }

    public SignalSource[] getSources() {
        return SignalSource.values();
    }

    /** The latest day a signal may have, for the date field. */
    public String getToday() {
        return LocalDate.now(Formats.BRUSSELS).toString();
    }

    public boolean isFromCase() { return fromCase; }
    public String getCaseParam() { return caseParam; }
    public void setCaseParam(String caseParam) { this.caseParam = FormPages.blank(caseParam) ? null : caseParam; }
    public String getDistrictParam() { return districtParam; }
    public void setDistrictParam(String districtParam) { this.districtParam = FormPages.blank(districtParam) ? null : districtParam; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public SignalSource getSource() { return source; }
    public void setSource(SignalSource source) { this.source = source; }
    public String getForumCode() { return forumCode; }
    public void setForumCode(String forumCode) { this.forumCode = forumCode; }
    public String getCaseReference() { return caseReference; }
    public void setCaseReference(String caseReference) { this.caseReference = caseReference; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public List<String> getThemes() { return themes; }
    public void setThemes(List<String> themes) { this.themes = themes == null ? new ArrayList<>() : new ArrayList<>(themes); }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getBroughtBy() { return broughtBy; }
    public void setBroughtBy(String broughtBy) { this.broughtBy = broughtBy; }
}
