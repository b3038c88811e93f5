package be.draaischijf.web.pages.meldpunt.dossier;

import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

/**
 * What every form of the case page has: the referral module, the page (the case as read, and
 * {@link CasePage#change}), and the page's messages. Each form is a view-scoped bean of its own.
 */
abstract class CaseForm implements Serializable {

    @EJB
    ReferralCases cases;

    @Inject
    CasePage casePage;

    @Inject
    Messages messages;

    /** Runs this form's change of the case with the version read; see {@link CasePage#change}. */
    void change(String form, Map<String, String> fields, String savedKey, CasePage.Change change) throws IOException {
        casePage.change(form, fields, savedKey, change);
    }

    /** The case's id. */
    java.util.UUID caseId() {
        return casePage.getDetail().id();
    }
}
