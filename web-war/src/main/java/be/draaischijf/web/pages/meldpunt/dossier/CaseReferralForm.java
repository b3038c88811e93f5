package be.draaischijf.web.pages.meldpunt.dossier;

import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.referral.api.LegalGround;
import be.draaischijf.referral.api.ReferralRecipients;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The case page's list of fitting offers: refers the case to one of them, in two steps and without a dialog (ADR 0039).
 * "Doorverwijzen" asks the module who would be told and shows it in place of the offer's button, its heading focused;
 * "Ja, doorverwijzen" refers to that offer, "Annuleren" refers nobody and focus goes back to the offer's button.
 */
@Named
@ViewScoped
public class CaseReferralForm extends CaseForm {

    /** Up to this many of the organisation's staff are named; more are counted. */
    static final int NAMED = 3;

    /** The offer whose referral waits for confirmation, and who would hear of it. */
    private UUID asked;
    private ReferralRecipients recipients;

    /** Step 1: who would be told, shown for confirmation; nothing is referred yet. */
    public void ask(String offerId) {
        UUID offer = UUID.fromString(offerId);
        try {
            recipients = cases.whoIsTold(caseId(), offer);
        } catch (NotFound | NotPermitted e) {
            messages.error(null, "case.notPermitted");
            return;
        } catch (Invalid e) {
            messages.error(null, "case.refer.unknownOffer");
            return;
        }
        asked = offer;
    }

    /** Nobody is referred; the page shows the offer's button again. */
    public void cancel() {
        asked = null;
        recipients = null;
    }

    /** Step 2: the referral, to the offer that was asked about (not to whatever a request names now). */
    public void confirm() throws IOException {
        UUID offer = asked;
        cancel();
        if (offer == null) {
            return;
        }
        change("verwijzen", Map.of(), "case.referred", version -> cases.refer(caseId(), version, offer));
    }

    /** Whether this offer's referral waits for confirmation. */
    public boolean asking(String offerId) {
        return asked != null && recipients != null && asked.toString().equals(offerId);
    }

    /** "Doorverwijzen naar {offer} van {organisation}?" */
    public String getTitle() {
        return recipients == null ? "" : messages.format("case.refer.confirm.title", recipients.offerName(),
                recipients.organisationName());
    }

    /** Who at the organisation gets the e-mail: by name, counted when they are many, or nobody. */
    public String getStaffTold() {
        if (recipients == null) {
            return "";
        }
        List<String> staff = recipients.partnerStaff();
        String organisation = recipients.organisationName();
        if (staff.isEmpty()) {
            return messages.format("case.refer.confirm.nobody", organisation);
        }
        if (staff.size() > NAMED) {
            return messages.format("case.refer.confirm.staffCounted", organisation, staff.size());
        }
        return messages.format("case.refer.confirm.staffNamed", organisation, names(staff), staff.size());
    }

    /** Whether the referrer hears of it: mailed, seeing it among their own questions, or not at all. */
    public String getReferrerTold() {
        if (recipients == null) {
            return "";
        }
        String key = recipients.referrerMailed() ? "case.refer.confirm.referrerMailed"
                : recipients.referrerFollowsOnline() ? "case.refer.confirm.referrerOnline" : "case.refer.confirm.referrerNotTold";
        return messages.format(key, recipients.referrerName());
    }

    /** What the organisation sees of the case, and on which ground that may be shared. */
    public String getShared() {
        if (recipients == null) {
            return "";
        }
        if (!casePage.isSharingAllowed()) {
            return messages.text("case.matches.noSharing");
        }
        // with consent the partner also sees who asked the question (ADR 0038)
        String what = messages.format(casePage.isConsent() ? "case.refer.confirm.sharedWithReferrer" : "case.refer.confirm.shared",
                recipients.organisationName());
        LegalGround ground = casePage.getDetail().sharingGround();
        String why = casePage.isConsent() || ground == null ? messages.text("case.refer.confirm.groundConsent")
                : messages.format("case.refer.confirm.ground", messages.text("legalGround." + ground.name()));
        return what + " " + why;
    }

    /** "Anna", "Anna en Bram", "Anna, Bram en Cato". */
    private String names(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + messages.text("case.refer.confirm.and") + " "
                + names.get(names.size() - 1);
    }
}
