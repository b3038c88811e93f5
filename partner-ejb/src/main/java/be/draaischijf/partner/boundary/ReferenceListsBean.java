package be.draaischijf.partner.boundary;

import be.draaischijf.identity.api.Roles;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceItemDraft;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.partner.api.ReferenceLists;
import be.draaischijf.partner.entity.ReferenceEntry;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotFound;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

@Stateless
@PermitAll
@Interceptors(ParameterValidation.class)
public class ReferenceListsBean implements ReferenceLists {

    private static final Logger LOG = Logger.getLogger(ReferenceListsBean.class.getName());

    /** The district that stands for the whole city: offers and contact points lean on it, it stays active. */
    static final String CITY_WIDE = "CITY_WIDE";

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    public ReferenceListsBean() {
    }

    /** Outside the container (module tests): over this database. */
    public ReferenceListsBean(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<ReferenceItem> items(ReferenceList list) {
        return entries(list, LockModeType.NONE).stream().map(ReferenceEntry::toItem).toList();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public ReferenceItem add(ReferenceList list, ReferenceItemDraft draft) {
        if (draft.code() == null) {
            throw new Invalid(FieldError.of("code", "draaischijf.required"));
        }
        List<ReferenceEntry> entries = entries(list, LockModeType.PESSIMISTIC_WRITE);
        if (entries.stream().anyMatch(entry -> entry.getCode().equals(draft.code()))) {
            throw new Invalid(FieldError.of("code", "partner.reference.code.taken", "code", draft.code()));
        }
        ReferenceEntry added = new ReferenceEntry(list.name(), draft.code(), draft.labelNl(), draft.labelEn(), entries.size());
        if (Boolean.FALSE.equals(draft.active())) {
            added.setActive(false);
        }
        em.persist(added);
        List<ReferenceEntry> ordered = new ArrayList<>(entries);
        ordered.add(added);
        move(ordered, added, draft.position());
        LOG.info(() -> "reference list " + list + ": " + draft.code() + " added");
        return added.toItem();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public ReferenceItem update(ReferenceList list, String code, ReferenceItemDraft draft) {
        List<ReferenceEntry> entries = new ArrayList<>(entries(list, LockModeType.PESSIMISTIC_WRITE));
        ReferenceEntry entry = entries.stream().filter(e -> e.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new NotFound("partner.reference.not-found"));
        if (list == ReferenceList.DISTRICT && CITY_WIDE.equals(code) && Boolean.FALSE.equals(draft.active())) {
            throw new Invalid(FieldError.of("active", "partner.reference.city-wide"));
        }
        entry.rename(draft.labelNl(), draft.labelEn());
        if (draft.active() != null) {
            entry.setActive(draft.active());
        }
        move(entries, entry, draft.position());
        LOG.info(() -> "reference list " + list + ": " + code + " changed");
        return entry.toItem();
    }

    /** The entry at {@code position} (0 = first; past the end = last), the others closing up around it. */
    private static void move(List<ReferenceEntry> entries, ReferenceEntry entry, Integer position) {
        if (position != null) {
            entries.remove(entry);
            entries.add(Math.min(position, entries.size()), entry);
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getPosition() != i) {
                entries.get(i).setPosition(i);
            }
        }
    }

    private List<ReferenceEntry> entries(ReferenceList list, LockModeType lock) {
        return em.createQuery("select r from ReferenceEntry r where r.key.listName = :list order by r.position, r.key.code",
                        ReferenceEntry.class)
                .setParameter("list", list.name())
                .setLockMode(lock)
                .getResultList();
    }
}
