package be.draaischijf.web.pages.publicsite;

import be.draaischijf.partner.api.AgreementSummary;
import be.draaischijf.partner.api.CooperationAgreements;
import be.draaischijf.partner.api.OfferView;
import be.draaischijf.partner.api.Offers;
import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.Organisations;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * /partners/{id}: one partner organisation with what it does, where, how to reach it, its offers and the cooperation
 * agreements in force it is a party to (parties, purpose, period: no contact persons, no document); else a 404.
 */
@Named
@RequestScoped
public class PartnerDetailPage {

    @EJB
    Organisations organisations;

    @EJB
    Offers offers;

    @EJB
    CooperationAgreements agreements;

    @Inject
    Messages messages;

    private String id;
    private OrganisationView organisation;
    private List<OfferView> itsOffers = List.of();
    private List<AgreementSummary> itsAgreements = List.of();

    public void load() throws IOException {
        UUID key = FormPages.idOrNull(id);
        organisation = key == null ? null : organisations.find(key).orElse(null);
        if (organisation == null) {
            FormPages.refuse(404);
            return;
        }
        itsOffers = offers.ofOrganisation(organisation.id());
        itsAgreements = agreements.activeOf(organisation.id());
    }

    /** An agreement's parties by name, the network's in the page's language. */
    public String parties(AgreementSummary agreement) {
        return agreement.parties().stream()
                .map(party -> party.network() ? messages.text("agreements.party.network") : party.organisationName())
                .collect(Collectors.joining(", "));
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public OrganisationView getOrganisation() { return organisation; }
    public List<OfferView> getOffers() { return itsOffers; }
    public List<AgreementSummary> getAgreements() { return itsAgreements; }
}
