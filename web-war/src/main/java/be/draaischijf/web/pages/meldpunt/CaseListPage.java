package be.draaischijf.web.pages.meldpunt;

import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.referral.api.ReferralSummary;
import be.draaischijf.web.layout.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** /meldpunt/dossiers: every case, newest first, paged by the referral module. */
@Named
@ViewScoped
public class CaseListPage implements Serializable {

    @EJB
    ReferralCases cases;

    private PagedModel<ReferralSummary> model;

    @PostConstruct
    void init() {
        ReferralCases api = cases;
        model = new PagedModel<>(api::count, api::list, row -> row.id().toString());
    }

    public PagedModel<ReferralSummary> getModel() {
        return model;
    }
}
