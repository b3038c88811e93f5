package be.draaischijf.web.pages.meldpunt;

import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.Organisations;
import be.draaischijf.web.layout.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** /meldpunt/organisaties: every organisation, active or not, for coordinators and administrators to keep. */
@Named
@ViewScoped
public class OrganisationListPage implements Serializable {

    @EJB
    Organisations organisations;

    private PagedModel<OrganisationView> model;

    @PostConstruct
    void init() {
        Organisations api = organisations;
        model = new PagedModel<>(api::countAll, api::listAll, org -> org.id().toString());
    }

    public PagedModel<OrganisationView> getModel() {
        return model;
    }
}
