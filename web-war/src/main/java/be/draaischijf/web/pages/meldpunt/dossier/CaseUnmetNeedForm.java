package be.draaischijf.web.pages.meldpunt.dossier;

import be.draaischijf.referral.api.AgeBand;
import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.referral.api.UnmetNeedDraft;
import be.draaischijf.referral.api.UnmetNeedReason;
import be.draaischijf.web.layout.FormPages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;

/**
 * The case page's unmet-need form: what the young person needed that no offer had (counted for the reports),
 * filled in from the case (age band, district, first problem area).
 */
@Named
@ViewScoped
public class CaseUnmetNeedForm extends CaseForm {

    private static final Map<String, String> FIELDS = Map.of("problemArea", "nodProbleem", "ageBand", "nodLeeftijd",
            "district", "nodWijk", "reason", "nodReden", "waitingWeeks", "nodWachttijd", "note", "nodNotitie");

    private String problemArea;
    private AgeBand ageBand;
    private String district;
    private UnmetNeedReason reason;
    private Integer waitingWeeks;
    private String note;

    @PostConstruct
    void fill() {
        CaseDetail detail = casePage.getDetail();
        if (detail != null) {
            ageBand = AgeBand.of(detail.age());
            district = detail.intake().district();
            problemArea = detail.intake().problemAreas().stream().findFirst().orElse(null);
        }
    }

    public void submit() throws IOException {
        UnmetNeedDraft need = new UnmetNeedDraft(problemArea, ageBand, FormPages.blank(district) ? null : district,
                reason, waitingWeeks, FormPages.blank(note) ? null : note.strip());
        change("noodForm", FIELDS, "case.unmetNeed.saved",
                version -> cases.recordUnmetNeed(caseId(), version, need));
    }

    public AgeBand[] getAgeBands() {
        return AgeBand.values();
    }

    public UnmetNeedReason[] getReasons() {
        return UnmetNeedReason.values();
    }

    public String getProblemArea() { return problemArea; }
    public void setProblemArea(String problemArea) { this.problemArea = problemArea; }
    public AgeBand getAgeBand() { return ageBand; }
    public void setAgeBand(AgeBand ageBand) { this.ageBand = ageBand; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public UnmetNeedReason getReason() { return reason; }
    public void setReason(UnmetNeedReason reason) { this.reason = reason; }
    public Integer getWaitingWeeks() { return waitingWeeks; }
    public void setWaitingWeeks(Integer waitingWeeks) { this.waitingWeeks = waitingWeeks; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
