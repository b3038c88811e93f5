package be.draaischijf.web.pages.beheer;

import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceLists;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** /beheer/lijsten: the shared reference lists (read-only for now). */
@Named
@RequestScoped
public class ReferenceListsPage {

    @EJB
    ReferenceLists lists;

    private List<ReferenceItem> districts;
    private List<ReferenceItem> problemAreas;

    @PostConstruct
    void init() {
        districts = lists.districts();
        problemAreas = lists.problemAreas();
    }

    public List<ReferenceItem> getDistricts() {
        return districts;
    }

    public List<ReferenceItem> getProblemAreas() {
        return problemAreas;
    }
}
