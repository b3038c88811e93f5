package be.draaischijf.web.pages.publicsite;

import be.draaischijf.partner.api.OfferView;
import be.draaischijf.partner.api.Offers;
import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.Organisations;
import be.draaischijf.web.layout.FormPages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.UUID;

/** /partners/{id}: one partner organisation with what it does, where, how to reach it, and its offers; else a 404. */
@Named
@RequestScoped
public class PartnerDetailPage {

    @EJB
    Organisations organisations;

    @EJB
    Offers offers;

    private String id;
    private OrganisationView organisation;
    private List<OfferView> itsOffers = List.of();

    public void load() throws IOException {
        UUID key = FormPages.idOrNull(id);
        organisation = key == null ? null : organisations.find(key).orElse(null);
        if (organisation == null) {
            FormPages.refuse(404);
            return;
        }
        itsOffers = offers.ofOrganisation(organisation.id());
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public OrganisationView getOrganisation() { return organisation; }
    public List<OfferView> getOffers() { return itsOffers; }
}
