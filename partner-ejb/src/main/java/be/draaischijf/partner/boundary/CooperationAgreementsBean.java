package be.draaischijf.partner.boundary;

import be.draaischijf.identity.api.Roles;
import be.draaischijf.partner.api.AgreementDraft;
import be.draaischijf.partner.api.AgreementParty;
import be.draaischijf.partner.api.AgreementPartyView;
import be.draaischijf.partner.api.AgreementStatus;
import be.draaischijf.partner.api.AgreementSummary;
import be.draaischijf.partner.api.AgreementView;
import be.draaischijf.partner.api.CooperationAgreements;
import be.draaischijf.partner.entity.AgreementDocument;
import be.draaischijf.partner.entity.AgreementPartyEntry;
import be.draaischijf.partner.entity.CooperationAgreement;
import be.draaischijf.partner.entity.Organisation;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.PdfFile;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.platform.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Cooperation agreements (ADR 0047): coordinators and administrators keep them; a partner's page shows the ones in
 * force. An active agreement past its end date is shown as ended from the next day (the morning run records it).
 */
@Stateless
@PermitAll
@Interceptors(ParameterValidation.class)
public class CooperationAgreementsBean implements CooperationAgreements {

    /** "Ending soon": within this many months of today. */
    static final int ENDING_SOON_MONTHS = 3;

    @PersistenceContext(unitName = "partner")
    EntityManager em;

    @Inject
    Caller caller;

    Clock clock = Clock.systemDefaultZone();

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<AgreementView> list(int offset, int size) {
        requireEditor();
        LocalDate today = LocalDate.now(clock);
        List<CooperationAgreement> page = em.createQuery("select a from CooperationAgreement a order by"
                        + " case when a.status = :active and a.endsOn >= :today and a.endsOn <= :soon then 0"
                        + " when a.status = :active and a.endsOn >= :today then 1"
                        + " when a.status = :draft then 2 else 3 end, a.endsOn, a.id", CooperationAgreement.class)
                .setParameter("active", AgreementStatus.ACTIVE)
                .setParameter("draft", AgreementStatus.DRAFT)
                .setParameter("today", today)
                .setParameter("soon", today.plusMonths(ENDING_SOON_MONTHS))
                .setFirstResult(offset).setMaxResults(size)
                .getResultList();
        Map<UUID, String> names = names(page);
        return page.stream().map(agreement -> view(agreement, names, today)).toList();
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public long count() {
        requireEditor();
        return em.createQuery("select count(a) from CooperationAgreement a", Long.class).getSingleResult();
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public AgreementView get(UUID id) {
        requireEditor();
        CooperationAgreement agreement = existing(id);
        return view(agreement, names(List.of(agreement)), LocalDate.now(clock));
    }

    @Override
    public List<AgreementSummary> activeOf(UUID organisationId) {
        LocalDate today = LocalDate.now(clock);
        List<CooperationAgreement> active = em.createQuery("select distinct a from CooperationAgreement a join a.parties p"
                        + " where p.organisationId = :organisation and a.status = :active and a.endsOn >= :today",
                        CooperationAgreement.class)
                .setParameter("organisation", organisationId)
                .setParameter("active", AgreementStatus.ACTIVE)
                .setParameter("today", today)
                .getResultList();
        Map<UUID, String> names = names(active);
        return active.stream()
                .sorted(java.util.Comparator.comparing(CooperationAgreement::getStartsOn).thenComparing(CooperationAgreement::getEndsOn))
                .map(agreement -> new AgreementSummary(agreement.getId(), agreement.getParties().stream()
                        .map(party -> new AgreementSummary.PartyName(party.getOrganisationId(), names.get(party.getOrganisationId())))
                        .toList(), agreement.getPurpose(), agreement.getStartsOn(), agreement.getEndsOn()))
                .toList();
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public AgreementView create(AgreementDraft draft) {
        String editor = requireEditor();
        LocalDate today = LocalDate.now(clock);
        check(draft, AgreementStatus.DRAFT, today);
        CooperationAgreement agreement = new CooperationAgreement(draft, editor, clock.instant());
        em.persist(agreement);
        em.flush();
        return view(agreement, names(List.of(agreement)), today);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public AgreementView update(UUID id, AgreementDraft draft) {
        requireEditor();
        LocalDate today = LocalDate.now(clock);
        CooperationAgreement agreement = existing(id);
        if (agreement.getVersion() != draft.version()) {
            throw new ChangedMeanwhile("partner.agreement.changed-meanwhile");
        }
        check(draft, agreement.statusOn(today), today);
        agreement.apply(draft);
        return flushed(agreement, today);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public AgreementView attachDocument(UUID id, PdfFile document) {
        requireEditor();
        document.checked("document");
        CooperationAgreement agreement = existing(id);
        AgreementDocument stored = em.find(AgreementDocument.class, id);
        if (stored == null) {
            em.persist(new AgreementDocument(id, document.content()));
        } else {
            stored.replace(document.content());
        }
        agreement.documentUploaded(document, clock.instant());
        return flushed(agreement, LocalDate.now(clock));
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public PdfFile document(UUID id) {
        requireEditor();
        CooperationAgreement agreement = existing(id);
        AgreementDocument document = agreement.getDocumentName() == null ? null : em.find(AgreementDocument.class, id);
        if (document == null) {
            throw new NotFound("partner.agreement.document.none");
        }
        return new PdfFile(agreement.getDocumentName(), document.getContent());
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public void delete(UUID id) {
        requireEditor();
        CooperationAgreement agreement = existing(id);
        if (agreement.getStatus() != AgreementStatus.DRAFT) {
            throw NotAllowedNow.because("NOT_A_DRAFT", "partner.agreement.delete.not-draft");
        }
        em.createQuery("delete from AgreementDocument d where d.agreementId = :id").setParameter("id", id).executeUpdate();
        em.remove(agreement);
        em.flush();
    }

    /**
     * The module's own rules, all errors at once: the end after the start; each party once and known; the status only
     * forward from {@code current}, and not active once the end date passed.
     */
    private void check(AgreementDraft draft, AgreementStatus current, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (!draft.endsOn().isAfter(draft.startsOn())) {
            errors.add(FieldError.of("endsOn", "partner.agreement.ends-on.after-start"));
        }
        Set<UUID> seen = new HashSet<>();
        boolean networkSeen = false;
        for (AgreementParty party : draft.parties()) {
            if (party.organisationId() == null) {
                if (networkSeen) {
                    errors.add(FieldError.of("parties", "partner.agreement.parties.twice"));
                }
                networkSeen = true;
            } else if (!seen.add(party.organisationId())) {
                errors.add(FieldError.of("parties", "partner.agreement.parties.twice"));
            } else if (em.find(Organisation.class, party.organisationId()) == null) {
                errors.add(FieldError.of("parties", "partner.agreement.party.unknown"));
            }
        }
        if (!current.mayBecome(draft.status())) {
            errors.add(new FieldError("status", "partner.agreement.status.not-back",
                    Map.<String, java.io.Serializable>of("from", current, "to", draft.status())));
        } else if (draft.status() == AgreementStatus.ACTIVE && draft.endsOn().isBefore(today)) {
            errors.add(FieldError.of("status", "partner.agreement.status.active-past-end"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors.stream().distinct().toList());
        }
    }

    /** The names of the organisations these agreements name, by id (one query). */
    private Map<UUID, String> names(Collection<CooperationAgreement> agreements) {
        Set<UUID> ids = new HashSet<>();
        agreements.forEach(agreement -> agreement.getParties().stream().map(AgreementPartyEntry::getOrganisationId)
                .filter(Objects::nonNull).forEach(ids::add));
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select o.id, o.name from Organisation o where o.id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> names.put((UUID) row[0], (String) row[1]));
        }
        return names;
    }

    private static AgreementView view(CooperationAgreement agreement, Map<UUID, String> names, LocalDate today) {
        return new AgreementView(agreement.getId(), agreement.getParties().stream()
                .map(party -> new AgreementPartyView(party.getOrganisationId(), names.get(party.getOrganisationId()),
                        party.getContactName(), party.getContactEmail(), party.getContactPhone()))
                .toList(), agreement.getPurpose(), agreement.getStartsOn(), agreement.getEndsOn(), agreement.statusOn(today),
                agreement.endsBy(today, today.plusMonths(ENDING_SOON_MONTHS)), agreement.getDocumentName(),
                agreement.getDocumentSize(), agreement.getRemindedOn(), agreement.getVersion());
    }

    private String requireEditor() {
        if (!caller.isInAnyRole(Roles.COORDINATOR, Roles.ADMIN)) {
            throw new NotPermitted("draaischijf.coordinators-only");
        }
        return caller.requireName();
    }

    private CooperationAgreement existing(UUID id) {
        CooperationAgreement agreement = em.find(CooperationAgreement.class, id);
        if (agreement == null) {
            throw new NotFound("partner.agreement.unknown");
        }
        return agreement;
    }

    private AgreementView flushed(CooperationAgreement agreement, LocalDate today) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ChangedMeanwhile("partner.agreement.changed-meanwhile");
        }
        return view(agreement, names(List.of(agreement)), today);
    }
}
