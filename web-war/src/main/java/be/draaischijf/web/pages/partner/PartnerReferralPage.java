package be.draaischijf.web.pages.partner;

import be.draaischijf.referral.api.OfferReferralStatus;
import be.draaischijf.referral.api.OfferReferrals;
import be.draaischijf.referral.api.PartnerReferralView;
import be.draaischijf.referral.api.TimelineEntry;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Refusals;
import be.draaischijf.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.web.layout.ReferenceChoices;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * /partner/doorverwijzingen/{id}: a referral sent to the partner's organisation, with only what they need
 * (no birth date; who asked the question only when the young person or a parent consented, else how to reach the
 * Meldpunt: the referral module decides, ADR 0038), and their answer: accept or decline (with a reason), then started,
 * completed or stopped. A referral sent elsewhere is a 404, like one that does not exist.
 */
@Named
@ViewScoped
public class PartnerReferralPage implements Serializable {

    private static final Map<String, String> FIELDS = Map.of("to", "nieuweStatus", "reason", "reden", "note", "notitie");

    @EJB
    OfferReferrals offerReferrals;

    @Inject
    Messages messages;

    @Inject
    ReferenceChoices choices;

    private String id;
    private PartnerReferralView view;
    private OfferReferralStatus to;
    private String reason;
    private String note;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        read();
    }

    private void read() throws IOException {
        try {
            view = offerReferrals.open(UUID.fromString(String.valueOf(id)));
        } catch (NotFound | IllegalArgumentException e) {
            FormPages.refuse(404);
        }
    }

    /** Shows the reason field only when declining (the status select's change event). */
    public void statusChosen() {
        if (to != OfferReferralStatus.DECLINED) {
            reason = null;
        }
    }

    public void answer() throws IOException {
        if (to == null) {
            messages.error("antwoord:nieuweStatus", "partnerReferral.choose");
            return;
        }
        if (to == OfferReferralStatus.DECLINED && reason == null) {
            messages.error("antwoord:reden", "partnerReferral.reason.required");
            return;
        }
        try {
            offerReferrals.answer(view.referral().id(), view.referral().version(), to,
                    to == OfferReferralStatus.DECLINED ? reason : null, FormPages.blank(note) ? null : note.strip());
        } catch (ChangedMeanwhile e) {
            messages.error(null, "partnerReferral.conflict");
            read();
            return;
        } catch (NotAllowedNow e) {
            messages.error(null, "partnerReferral.transitionRefused");
            read();
            return;
        } catch (Refusal refused) {
            Refusals.show(refused, "antwoord", FIELDS);
            return;
        }
        FormPages.savedThenTo(messages, "partnerReferral.saved", "/partner/doorverwijzingen/" + view.referral().id());
    }

    public boolean isDeclining() {
        return to == OfferReferralStatus.DECLINED;
    }

    public List<ReferenceItem> getReasons() {
        return choices.getActiveDeclineReasons();
    }

    /** What happened with this referral, newest first. */
    public List<TimelineEntry> getHistory() {
        return view == null ? List.of()
                : view.history().stream().sorted(Comparator.comparing(TimelineEntry::at).reversed()).toList();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public PartnerReferralView getView() { return view; }
    public OfferReferralStatus getTo() { return to; }
    public void setTo(OfferReferralStatus to) { this.to = to; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
