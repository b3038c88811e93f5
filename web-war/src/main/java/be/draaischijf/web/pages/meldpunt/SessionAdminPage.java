package be.draaischijf.web.pages.meldpunt;

import be.draaischijf.training.api.Newsletter;
import be.draaischijf.training.api.SessionSummary;
import be.draaischijf.training.api.TrainingSessions;
import be.draaischijf.web.layout.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * /meldpunt/vormingen: every session, drafts included, paged by the training module, each a link to its
 * organiser page; a new session; the newsletter's confirmed subscribers for the mailing tool.
 */
@Named
@ViewScoped
public class SessionAdminPage implements Serializable {

    @EJB
    TrainingSessions sessions;

    @EJB
    Newsletter newsletter;

    private PagedModel<SessionSummary> model;
    private Long subscribers;

    @PostConstruct
    void init() {
        TrainingSessions api = sessions;
        model = new PagedModel<>(api::count, api::list, row -> row.id().toString());
    }

    public PagedModel<SessionSummary> getModel() {
        return model;
    }

    public long getSubscribers() {
        if (subscribers == null) {
            subscribers = newsletter.countConfirmed();
        }
        return subscribers;
    }
}
