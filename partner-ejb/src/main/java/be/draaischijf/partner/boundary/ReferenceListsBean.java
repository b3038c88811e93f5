package be.draaischijf.partner.boundary;

import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceLists;
import be.draaischijf.partner.entity.ReferenceEntry;
import be.draaischijf.platform.ParameterValidation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@Stateless
@PermitAll
@Interceptors(ParameterValidation.class)
public class ReferenceListsBean implements ReferenceLists {

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Override
    public List<ReferenceItem> districts() {
        return list(ReferenceEntry.DISTRICT);
    }

    @Override
    public List<ReferenceItem> problemAreas() {
        return list(ReferenceEntry.PROBLEM_AREA);
    }

    private List<ReferenceItem> list(String listName) {
        return em.createQuery("select r from ReferenceEntry r where r.key.listName = :list order by r.position",
                        ReferenceEntry.class)
                .setParameter("list", listName)
                .getResultStream().map(ReferenceEntry::toItem).toList();
    }
}
