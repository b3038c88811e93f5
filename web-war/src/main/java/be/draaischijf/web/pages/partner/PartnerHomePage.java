package be.draaischijf.web.pages.partner;

import be.draaischijf.partner.api.OfferView;
import be.draaischijf.partner.api.Offers;
import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.Organisations;
import be.draaischijf.referral.api.OfferReferrals;
import be.draaischijf.referral.api.PartnerReferralView;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.PagedModel;
import be.draaischijf.web.security.CurrentUser;
import be.draaischijf.web.security.SessionUser;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * /partner: the organisation the partner staff member acts for, the referrals sent to it (open ones first)
 * and its offers to keep current.
 */
@Named
@RequestScoped
public class PartnerHomePage {

    @EJB
    Organisations organisations;

    @EJB
    Offers offers;

    @EJB
    OfferReferrals offerReferrals;

    @Inject
    CurrentUser currentUser;

    @Inject
    HttpServletRequest request;

    @Inject
    Messages messages;

    private OrganisationView organisation;
    private List<OfferView> ownOffers;
    private PagedModel<PartnerReferralView> referrals;

    @PostConstruct
    void init() {
        organisation = currentUser.sessionUser()
                .map(SessionUser::organisationId)
                .filter(Objects::nonNull)
                .flatMap(organisations::find)
                .orElse(null);
        ownOffers = offers.editableBy();
        OfferReferrals api = offerReferrals;
        referrals = new PagedModel<>(api::countForMyOrganisation,
                api::forMyOrganisation, row -> row.referral().id().toString());
    }

    /** "Nog actueel": confirms an offer without changing it. */
    public void confirm(String id) {
        offers.confirmCurrent(UUID.fromString(id));
        ownOffers = offers.editableBy();
        messages.info("partnerHome.confirmed");
    }

    public OrganisationView getOrganisation() {
        return organisation;
    }

    public PagedModel<PartnerReferralView> getReferrals() {
        return referrals;
    }

    public List<OfferView> getOwnOffers() {
        return ownOffers;
    }
}
