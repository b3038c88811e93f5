package be.draaischijf.web.pages.publicsite;

import be.draaischijf.network.api.PublicationView;
import be.draaischijf.network.api.Publications;
import be.draaischijf.web.i18n.Language;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The start page's three newest public publications, read once per request (ADR 0047). */
@Named
@RequestScoped
public class LatestPublications {

    static final int SHOWN = 3;

    @EJB
    Publications publications;

    @Inject
    Language language;

    private List<PublicationView> items;

    public List<PublicationView> getItems() {
        if (items == null) {
            items = publications.latestPublic(SHOWN);
        }
        return items;
    }

    /** "1,2 MB", as on /publicaties. */
    public String size(long bytes) {
        return PublicationsPage.size(bytes, language.getLocale());
    }
}
