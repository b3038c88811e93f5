package be.draaischijf.web.pages.mijn;

import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.referral.api.ReferralSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/** /mijn/aanmeldingen: the cases this professional submitted, and only those. */
@Named
@RequestScoped
public class MyReferralsPage {

    @EJB
    ReferralCases cases;

    @Inject
    HttpServletRequest request;

    private List<ReferralSummary> mine;

    @PostConstruct
    void init() {
        mine = cases.submittedBy(request.getRemoteUser());
    }

    public List<ReferralSummary> getMine() {
        return mine;
    }
}
