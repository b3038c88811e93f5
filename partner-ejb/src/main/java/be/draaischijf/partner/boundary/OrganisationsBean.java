package be.draaischijf.partner.boundary;

import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.Organisations;
import be.draaischijf.partner.entity.Organisation;
import be.draaischijf.platform.ParameterValidation;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Stateless
@Interceptors(ParameterValidation.class)
public class OrganisationsBean implements Organisations {

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Override
    public List<OrganisationView> listActive(int offset, int size) {
        return em.createQuery("select o from Organisation o where o.active = true order by o.name", Organisation.class)
                .setFirstResult(offset).setMaxResults(size)
                .getResultStream().map(Organisation::toView).toList();
    }

    @Override
    public long countActive() {
        return em.createQuery("select count(o) from Organisation o where o.active = true", Long.class).getSingleResult();
    }

    @Override
    public Optional<OrganisationView> find(UUID id) {
        return Optional.ofNullable(em.find(Organisation.class, id))
                .filter(Organisation::isActive)
                .map(Organisation::toView);
    }
}
