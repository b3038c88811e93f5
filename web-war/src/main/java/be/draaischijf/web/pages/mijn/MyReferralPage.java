package be.draaischijf.web.pages.mijn;

import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.web.layout.FormPages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.UUID;

/**
 * /mijn/aanmeldingen/{id}: one of the professional's own cases: where it stands, what they sent, and the
 * offers it was referred to. Someone else's case is a 404, like one that does not exist.
 */
@Named
@RequestScoped
public class MyReferralPage {

    @EJB
    ReferralCases cases;

    private String id;
    private CaseDetail detail;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            detail = cases.open(UUID.fromString(String.valueOf(id)));
        } catch (NotFound | IllegalArgumentException e) {
            FormPages.refuse(404);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CaseDetail getDetail() {
        return detail;
    }
}
