package be.draaischijf.web.pages.publicsite;

import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.Organisations;
import be.draaischijf.web.layout.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** /partners: the network's organisations, paged by the partner module. */
@Named
@ViewScoped
public class PartnerDirectoryPage implements Serializable {

    @EJB
    Organisations organisations;

    private PagedModel<OrganisationView> model;

    @PostConstruct
    void init() {
        Organisations api = organisations;
        model = new PagedModel<>(api::countActive, api::listActive, org -> org.id().toString());
    }

    public PagedModel<OrganisationView> getModel() {
        return model;
    }
}
