package be.draaischijf.identity.boundary;

import be.draaischijf.identity.api.Roles;
import be.draaischijf.identity.api.SecurityEvent;
import be.draaischijf.identity.api.SecurityEventFilter;
import be.draaischijf.identity.api.SecurityEvents;
import be.draaischijf.identity.control.SecurityLog;
import be.draaischijf.identity.entity.SecurityEventEntry;
import be.draaischijf.platform.ParameterValidation;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;

@Stateless
@RolesAllowed(Roles.ADMIN)
@Interceptors(ParameterValidation.class)
public class SecurityEventsBean implements SecurityEvents {

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Inject
    SecurityLog log;

    @Override
    public List<SecurityEvent> search(SecurityEventFilter filter, int offset, int size) {
        return filtered("select e from SecurityEventEntry e", filter, SecurityEventEntry.class, true)
                .setFirstResult(offset).setMaxResults(size)
                .getResultStream().map(SecurityEventEntry::toEvent).toList();
    }

    @Override
    public long count(SecurityEventFilter filter) {
        return filtered("select count(e) from SecurityEventEntry e", filter, Long.class, false).getSingleResult();
    }

    @Override
    @PermitAll
    public void addressLimited(String username) {
        log.record(SecurityEvent.Kind.ADDRESS_LIMITED, username, null);
    }

    private <T> TypedQuery<T> filtered(String select, SecurityEventFilter filter, Class<T> type, boolean ordered) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.text() != null) {
            where.append(" and e.username like :text");
        }
        if (filter.kind() != null) {
            where.append(" and e.kind = :kind");
        }
        if (filter.address() != null) {
            where.append(" and e.address = :address");
        }
        if (filter.from() != null) {
            where.append(" and e.occurredAt >= :from");
        }
        if (filter.until() != null) {
            where.append(" and e.occurredAt < :until");
        }
        TypedQuery<T> query = em.createQuery(select + where + (ordered ? " order by e.occurredAt desc, e.id" : ""), type);
        if (filter.text() != null) {
            query.setParameter("text", "%" + filter.text().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        if (filter.address() != null) {
            query.setParameter("address", filter.address());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.until() != null) {
            query.setParameter("until", filter.until());
        }
        return query;
    }
}
