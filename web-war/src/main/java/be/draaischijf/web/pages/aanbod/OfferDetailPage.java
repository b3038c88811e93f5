package be.draaischijf.web.pages.aanbod;

import be.draaischijf.partner.api.OfferView;
import be.draaischijf.partner.api.Offers;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.UUID;

/** /aanbod/{id}: one offer with how to apply; an unknown or inactive offer is a 404. */
@Named
@RequestScoped
public class OfferDetailPage {

    @EJB
    Offers offers;

    @Inject
    FacesContext faces;

    private String id;
    private OfferView offer;

    public void load() throws IOException {
        try {
            offer = offers.find(UUID.fromString(id == null ? "" : id)).orElse(null);
        } catch (IllegalArgumentException notAnId) {
            offer = null;
        }
        if (offer == null) {
            faces.getExternalContext().responseSendError(404, "");
            faces.responseComplete();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public OfferView getOffer() {
        return offer;
    }
}
