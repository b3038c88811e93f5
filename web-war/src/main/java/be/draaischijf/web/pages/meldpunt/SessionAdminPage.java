package be.draaischijf.web.pages.meldpunt;

import be.draaischijf.training.api.SessionSummary;
import be.draaischijf.training.api.TrainingSessions;
import be.draaischijf.web.layout.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** /meldpunt/vormingen: every session, drafts included, paged by the training module. */
@Named
@ViewScoped
public class SessionAdminPage implements Serializable {

    @EJB
    TrainingSessions sessions;

    private PagedModel<SessionSummary> model;

    @PostConstruct
    void init() {
        TrainingSessions api = sessions;
        model = new PagedModel<>(api::count, api::list, row -> row.id().toString());
    }

    public PagedModel<SessionSummary> getModel() {
        return model;
    }
}
