package be.draaischijf.web.pages.mijn;

import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.referral.api.ReferralSummary;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** /mijn/aanmeldingen: the cases this professional submitted, and only those, newest first, paged by the module. */
@Named
@ViewScoped
public class MyReferralsPage implements Serializable {

    @EJB
    ReferralCases cases;

    private PagedModel<ReferralSummary> model;

    @PostConstruct
    void init() {
        ReferralCases api = cases;
        model = new PagedModel<>(api::countSubmittedBy, api::submittedBy,
                row -> row.id().toString());
    }

    public PagedModel<ReferralSummary> getModel() {
        return model;
    }
}
