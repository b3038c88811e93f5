package be.draaischijf.partner.boundary;

import be.draaischijf.partner.control.Editors;
import be.draaischijf.partner.api.EditableOrganisation;
import be.draaischijf.partner.api.OrganisationDraft;
import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.Organisations;
import be.draaischijf.partner.entity.Organisation;
import be.draaischijf.identity.api.Roles;
import be.draaischijf.partner.control.Editor;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.NotPermitted;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@Stateless
@PermitAll
@Interceptors(ParameterValidation.class)
public class OrganisationsBean implements Organisations {

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Inject
    Editors editors;

    @Override
    public List<OrganisationView> listActive(int offset, int size) {
        return em.createQuery("select o from Organisation o where o.active = true order by lower(o.name), o.id", Organisation.class)
                .setFirstResult(offset).setMaxResults(size)
                .getResultStream().map(Organisation::toView).toList();
    }

    @Override
    public long countActive() {
        return em.createQuery("select count(o) from Organisation o where o.active = true", Long.class).getSingleResult();
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<OrganisationView> listAll(int offset, int size) {
        return em.createQuery("select o from Organisation o order by lower(o.name), o.id", Organisation.class)
                .setFirstResult(offset).setMaxResults(size)
                .getResultStream().map(Organisation::toView).toList();
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public long countAll() {
        return em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
    }

    @Override
    public Optional<OrganisationView> find(UUID id) {
        return Optional.ofNullable(em.find(Organisation.class, id))
                .filter(Organisation::isActive)
                .map(Organisation::toView);
    }

    @Override
    @RolesAllowed({Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
    public EditableOrganisation forEditing(UUID id) {
        Organisation organisation = existing(id);
        editors.requireEditorOf(id);
        return new EditableOrganisation(organisation.toView(), organisation.toDraft());
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public OrganisationView create(OrganisationDraft draft) {
        if (!editors.current().mayEditEverything()) {
            throw new NotPermitted("partner.organisation.not-permitted");
        }
        check(draft, null);
        Organisation organisation = new Organisation(draft);
        em.persist(organisation);
        return flushed(organisation);
    }

    @Override
    @RolesAllowed({Roles.PARTNER, Roles.COORDINATOR, Roles.ADMIN})
    public OrganisationView update(UUID id, OrganisationDraft draft) {
        Organisation organisation = existing(id);
        Editor editor = editors.requireEditorOf(id);
        if (organisation.getVersion() != draft.version()) {
            throw new ChangedMeanwhile("partner.organisation.changed-meanwhile");
        }
        check(draft, id);
        organisation.apply(draft, editor.mayEditEverything());
        return flushed(organisation);
    }

    private Organisation existing(UUID id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFound("partner.organisation.unknown");
        }
        return organisation;
    }

    /** Known district codes, and a name no other organisation has (case does not make a name different). */
    private void check(OrganisationDraft draft, UUID self) {
        List<FieldError> errors = editors.referenceCodes().check(draft);
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        boolean taken = em.createQuery("select o.id from Organisation o where lower(o.name) = :name", UUID.class)
                .setParameter("name", draft.name().toLowerCase(Locale.ROOT))
                .getResultStream().anyMatch(other -> !other.equals(self));
        if (taken) {
            throw NotAllowedNow.onField("name", "NAME_TAKEN", "partner.organisation.name.taken");
        }
    }

    private OrganisationView flushed(Organisation organisation) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ChangedMeanwhile("partner.organisation.changed-meanwhile");
        }
        return organisation.toView();
    }
}
