package be.draaischijf.referral.control;

import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.referral.entity.ContactPoint;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The contact points as the module's beans look them up: by id, by the district they serve, all of them. */
@Dependent
public class ContactPointDirectory {

    @PersistenceContext(unitName = "referral")
    EntityManager em;

    public ContactPointDirectory() {
    }

    /** Outside the container (module tests): over this database. */
    public ContactPointDirectory(EntityManager em) {
        this.em = em;
    }

    /** The city-wide one first, then by name. */
    public List<ContactPoint> all() {
        return em.createQuery("select c from ContactPoint c order by c.cityWide desc, c.name", ContactPoint.class)
                .getResultList();
    }

    /** @throws NotFound when there is no such contact point */
    public ContactPoint require(UUID id) {
        ContactPoint point = em.find(ContactPoint.class, id);
        if (point == null) {
            throw new NotFound("referral.contact-point.unknown");
        }
        return point;
    }

    /** The contact point that names this district; the city-wide one otherwise. */
    public ContactPoint serving(String district) {
        return servedBy(district).orElseGet(this::cityWide);
    }

    /** The contact point that names this district, if any. */
    public Optional<ContactPoint> servedBy(String district) {
        if (district == null) {
            return Optional.empty();
        }
        return em.createQuery("select c from ContactPoint c where :district member of c.districts", ContactPoint.class)
                .setParameter("district", district).getResultStream().findFirst();
    }

    private ContactPoint cityWide() {
        return em.createQuery("select c from ContactPoint c where c.cityWide = true order by c.name", ContactPoint.class)
                .setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No city-wide contact point: referral migration V4 adds it"));
    }
}
