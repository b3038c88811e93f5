package be.draaischijf.partner.boundary;

import be.draaischijf.partner.control.Editors;
import be.draaischijf.partner.api.EditableOffer;
import be.draaischijf.partner.api.MatchRequest;
import be.draaischijf.partner.api.OfferDraft;
import be.draaischijf.partner.api.OfferMatch;
import be.draaischijf.partner.api.OfferQuery;
import be.draaischijf.partner.api.OfferView;
import be.draaischijf.partner.api.Offers;
import be.draaischijf.partner.control.OfferMatching;
import be.draaischijf.partner.entity.Organisation;
import be.draaischijf.partner.entity.Offer;
import be.draaischijf.identity.api.Roles;
import be.draaischijf.partner.control.Editor;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
@PermitAll
@Interceptors(ParameterValidation.class)
public class OffersBean implements Offers {

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Editors editors;

    @Inject
    @ConfigProperty(name = "draaischijf.offers.stale-after-months", defaultValue = "6")
    int staleAfterMonths;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public List<OfferView> search(OfferQuery query, int offset, int size) {
        Filter filter = Filter.of(query);
        TypedQuery<Offer> select = em.createQuery("select o from Offer o join fetch o.organisation org where "
                + filter.where + " order by lower(o.name), o.id", Offer.class);
        filter.parameters.forEach(select::setParameter);
        return select.setFirstResult(offset).setMaxResults(size)
                .getResultStream().map(this::view).toList();
    }

    @Override
    public long count(OfferQuery query) {
        Filter filter = Filter.of(query);
        TypedQuery<Long> count = em.createQuery("select count(o) from Offer o join o.organisation org where "
                + filter.where, Long.class);
        filter.parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    @Override
    public Optional<OfferView> find(UUID id) {
        return Optional.ofNullable(em.find(Offer.class, id)).filter(Offer::isActive).map(this::view);
    }

    @Override
    @RolesAllowed({Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
    public List<OfferView> editableBy() {
        Editor editor = editors.current();
        if (editor.mayEditEverything()) {
            return em.createQuery("select o from Offer o join fetch o.organisation org order by lower(o.name), o.id",
                    Offer.class).setMaxResults(500).getResultStream().map(this::view).toList();
        }
        if (editor.organisation() == null) {
            return List.of();
        }
        return offersOf(editor.organisation(), false);
    }

    @Override
    @RolesAllowed({Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
    public EditableOffer forEditing(UUID id) {
        Offer offer = editable(id);
        return new EditableOffer(view(offer), offer.toDraft());
    }

    @Override
    @RolesAllowed({Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
    public OfferView update(UUID id, OfferDraft draft) {
        Offer offer = editable(id);
        if (offer.getVersion() != draft.version()) {
            throw new ChangedMeanwhile("partner.offer.changed-meanwhile");
        }
        checkCodes(draft);
        offer.apply(draft, caller.requireName(), LocalDate.now(clock));
        return flushed(offer);
    }

    @Override
    @RolesAllowed({Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
    public OfferView create(UUID organisationId, OfferDraft draft) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw new NotFound("partner.organisation.unknown");
        }
        Editor editor = editors.requireEditorOf(organisationId);
        checkCodes(draft);
        Offer offer = new Offer(organisation, draft, editor.username(), LocalDate.now(clock));
        em.persist(offer);
        return flushed(offer);
    }

    private void checkCodes(OfferDraft draft) {
        List<FieldError> errors = editors.referenceCodes().check(draft);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
    }

    @Override
    @RolesAllowed({Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
    public OfferView confirmCurrent(UUID id) {
        Offer offer = editable(id);
        offer.confirm(caller.requireName(), LocalDate.now(clock));
        return flushed(offer);
    }

    private OfferView flushed(Offer offer) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ChangedMeanwhile("partner.offer.changed-meanwhile");
        }
        return view(offer);
    }

    /** The offer, if the editor may change it: partner staff only their own organisation's. */
    private Offer editable(UUID id) {
        Offer offer = em.find(Offer.class, id);
        if (offer == null) {
            throw new NotFound("partner.offer.unknown");
        }
        editors.requireEditorOf(offer.getOrganisationId());
        return offer;
    }

    @Override
    @RolesAllowed({Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
    public List<OfferView> allOfOrganisation(UUID organisationId) {
        editors.requireEditorOf(organisationId);
        return offersOf(organisationId, false);
    }

    @Override
    public List<OfferView> ofOrganisation(UUID organisationId) {
        return offersOf(organisationId, true);
    }

    private List<OfferView> offersOf(UUID organisationId, boolean activeOnly) {
        return em.createQuery("select o from Offer o join fetch o.organisation org where org.id = :organisation"
                        + (activeOnly ? " and o.active = true" : "") + " order by lower(o.name), o.id", Offer.class)
                .setParameter("organisation", organisationId)
                .getResultStream().map(this::view).toList();
    }

    /** Extra candidates ranked in Java beyond the limit, so ties ordered differently by the database collation still land right. */
    private static final int MATCH_MARGIN = 20;

    @Override
    public List<OfferMatch> match(MatchRequest request, int limit) {
        // The database narrows down to offers that can take the young person and orders them by the
        // same score as OfferMatching (kept in step by DemoVolumeDatabaseTest); only the best few
        // are loaded and then ranked, with their reasons, by the policy.
        // one pass: join the requested problem areas (an offer without any drops out), count them per offer
        StringBuilder where = new StringBuilder("o.active = true and o.organisation.active = true"
                + " and o.minimumAge <= :age and o.maximumAge >= :age and area in :areas");
        StringBuilder score = new StringBuilder("(40 * count(area) / :areaCount)");
        if (request.district() != null) {
            where.append(" and (o.cityWide = true or :district member of o.districts)");
            score.append(" + case when :district member of o.districts then 10 when o.cityWide = true then 5 else 0 end");
        } else {
            score.append(" + case when o.cityWide = true then 5 else 0 end");
        }
        if (request.language() != null) {
            score.append(" + case when :language member of o.languages then 10 else -10 end");
        }
        score.append(" + case when coalesce(o.waitingWeeks, 0) = 0 then 20 when o.waitingWeeks >= 20 then -20"
                + " else 20 - 2 * o.waitingWeeks end"
                + " + case when o.capacity = 0 then -40 else 0 end"
                + " + case when o.access = be.draaischijf.partner.api.Access.DIRECT then 5 else 0 end");
        TypedQuery<UUID> best = em.createQuery("select o.id from Offer o join o.problemAreas area where " + where
                        + " group by o.id, o.cityWide, o.waitingWeeks, o.capacity, o.access, o.name"
                        + " order by " + score + " desc, coalesce(o.waitingWeeks, 0), o.name, o.id", UUID.class)
                .setParameter("age", request.age())
                .setParameter("areas", request.problemAreas())
                .setParameter("areaCount", request.problemAreas().size())
                .setMaxResults(limit + MATCH_MARGIN);
        if (request.district() != null) {
            best.setParameter("district", request.district());
        }
        if (request.language() != null) {
            best.setParameter("language", request.language());
        }
        List<UUID> ids = best.getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<OfferView> candidates = em.createQuery("select o from Offer o join fetch o.organisation org where o.id in :ids",
                        Offer.class)
                .setParameter("ids", ids).getResultStream().map(this::view).toList();
        return OfferMatching.rank(request, candidates, limit);
    }

    private OfferView view(Offer offer) {
        return offer.toView(LocalDate.now(clock).minusMonths(staleAfterMonths));
    }

    /** The where clause and its parameters for a search, shared by the page and its count. */
    private record Filter(String where, Map<String, Object> parameters) {

        static Filter of(OfferQuery query) {
            StringBuilder where = new StringBuilder("o.active = true and org.active = true");
            Map<String, Object> parameters = new LinkedHashMap<>();
            if (query.text() != null && !query.text().isBlank()) {
                where.append(" and (lower(o.name) like :text escape '\\' or lower(o.description) like :text escape '\\'"
                        + " or lower(org.name) like :text escape '\\')");
                parameters.put("text", "%" + escapeLike(query.text().trim().toLowerCase(Locale.ROOT)) + "%");
            }
            if (query.problemArea() != null) {
                where.append(" and :problemArea member of o.problemAreas");
                parameters.put("problemArea", query.problemArea());
            }
            if (query.age() != null) {
                where.append(" and o.minimumAge <= :age and o.maximumAge >= :age");
                parameters.put("age", query.age());
            }
            if (query.district() != null) {
                where.append(" and (o.cityWide = true or :district member of o.districts)");
                parameters.put("district", query.district());
            }
            if (query.sector() != null) {
                where.append(" and org.sector = :sector");
                parameters.put("sector", query.sector());
            }
            if (query.access() != null) {
                where.append(" and o.access = :access");
                parameters.put("access", query.access());
            }
            if (query.language() != null) {
                where.append(" and :language member of o.languages");
                parameters.put("language", query.language());
            }
            return new Filter(where.toString(), parameters);
        }

        private static String escapeLike(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
