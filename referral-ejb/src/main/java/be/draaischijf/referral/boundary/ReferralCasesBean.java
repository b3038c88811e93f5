package be.draaischijf.referral.boundary;

import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.Accounts;
import be.draaischijf.partner.api.OfferView;
import be.draaischijf.partner.api.Offers;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceLists;
import be.draaischijf.identity.api.Role;
import be.draaischijf.partner.api.Sector;
import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.platform.mail.Outbox;
import be.draaischijf.platform.security.Caller;
import be.draaischijf.identity.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.platform.RunMode;
import be.draaischijf.referral.api.AuditEntry;
import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.referral.api.CaseFilter;
import be.draaischijf.referral.api.CaseOutcome;
import be.draaischijf.referral.api.CaseSort;
import be.draaischijf.referral.api.Channel;
import be.draaischijf.referral.api.EventKind;
import be.draaischijf.referral.api.Intake;
import be.draaischijf.referral.api.LegalGround;
import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.api.ReferralSummary;
import be.draaischijf.referral.api.UnmetNeedDraft;
import be.draaischijf.referral.control.Actor;
import be.draaischijf.referral.control.ReferralMails;
import be.draaischijf.referral.control.WorkingDays;
import be.draaischijf.referral.entity.AuditRecord;
import be.draaischijf.referral.entity.OfferReferral;
import be.draaischijf.referral.entity.Referral;
import be.draaischijf.referral.entity.UnmetNeed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

@Stateless
// any logged-in person: the module decides what of a case they may see (out of scope is "unknown") and change
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.PARTNER, Roles.PROFESSIONAL})
@Interceptors(ParameterValidation.class)
public class ReferralCasesBean implements ReferralCases {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** Open first, earliest follow-up (overdue) first, newest first: the order of index referral_workbench_idx. */
    private static final String WORKBENCH_ORDER = "r.open desc, r.followUpOn asc, r.receivedAt desc, r.id asc";

    @PersistenceContext(unitName = "referral")
    EntityManager em;

    @EJB
    Accounts accounts;

    @EJB
    ReferenceLists referenceLists;

    @EJB
    Offers offers;

    @Inject
    @ConfigProperty(name = "draaischijf.referrals.triage-working-days", defaultValue = "2")
    int triageWorkingDays;

    @Inject
    @ConfigProperty(name = "draaischijf.referrals.reply-working-days", defaultValue = "5")
    int replyWorkingDays;

    @Inject
    @ConfigProperty(name = "draaischijf.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    Clock clock = Clock.system(BRUSSELS);

    java.util.function.BooleanSupplier demoMode = RunMode::isDemo;

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public Map<ReferralStatus, Long> countByStatus() {
        Map<ReferralStatus, Long> counts = new EnumMap<>(ReferralStatus.class);
        for (ReferralStatus status : ReferralStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("select r.status, count(r) from Referral r group by r.status", Object[].class)
                .getResultStream()
                .forEach(row -> counts.put((ReferralStatus) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    @RolesAllowed({Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.ADMIN})
    public ReferralSummary submit(Intake intake) {
        Actor actor = CaseRecords.actor(caller, accounts);
        if (!actor.professional() && !actor.coordinates()) {
            throw new NotPermitted("referral.intake.not-permitted");
        }
        check(intake);
        if (!actor.coordinates()) {
            intake.setChannel(Channel.WEB);
        } else if (intake.getChannel() == null) {
            intake.setChannel(Channel.PHONE);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Number next = (Number) em.createNativeQuery("select nextval('referral_reference_seq')").getSingleResult();
        String reference = "DS-" + today.getYear() + "-" + String.format("%04d", next.longValue());
        Referral referral = new Referral(reference, actor.username(), intake, now, WorkingDays.after(today, triageWorkingDays));
        em.persist(referral);
        CaseRecords.changed(em, referral, actor.username(), EventKind.INTAKE,
                (actor.coordinates() ? "Aanmelding ingevoerd door het meldpunt (" + intake.getChannel() + ")"
                        : "Aanmelding ontvangen via het webformulier")
                        + (referral.hasConsent() ? "; toestemming geregistreerd." : "; geen toestemming geregistreerd."), now);
        em.flush();
        CaseRecords.send(outbox, mails().confirmation(referral.getReferrerEmail(), reference, referral.getId()));
        return referral.toSummary(today);
    }

    /** Codes must be in the reference lists; the young person must be 0 to 25 (the network's age range). */
    private void check(Intake intake) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> districts = referenceLists.districts().stream().map(ReferenceItem::code).collect(Collectors.toSet());
        Set<String> problemAreas = referenceLists.problemAreas().stream().map(ReferenceItem::code).collect(Collectors.toSet());
        if (!districts.contains(intake.getDistrict())) {
            errors.add(FieldError.of("district", "referral.district.unknown"));
        }
        List<String> unknown = intake.getProblemAreas().stream().filter(code -> !problemAreas.contains(code)).toList();
        if (!unknown.isEmpty()) {
            errors.add(FieldError.of("problemAreas", "referral.problem-areas.unknown", "codes", String.join(", ", unknown)));
        }
        try {
            Sector.valueOf(intake.getReferrerSector());
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of("referrerSector", "draaischijf.sector.unknown"));
        }
        int age = java.time.Period.between(intake.getYoungBirthDate(), LocalDate.now(clock)).getYears();
        if (age > 25) {
            errors.add(FieldError.of("youngBirthDate", "referral.young-person.too-old"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<ReferralSummary> workbench(CaseFilter filter, CaseSort sort, boolean ascending, int offset, int size) {
        CaseRecords.coordinator(caller, accounts);
        LocalDate today = LocalDate.now(clock);
        String direction = ascending ? " asc" : " desc";
        // every order is an index walked forwards or backwards (referral_workbench_idx, referral_received_idx,
        // referral_follow_up_idx, the reference's unique index): a page costs the same at 1 000 and 100 000 cases
        String order = switch (sort) {
            case OVERDUE_FIRST -> ascending ? WORKBENCH_ORDER : "r.open asc, r.followUpOn desc, r.receivedAt asc, r.id desc";
            case RECEIVED -> "r.receivedAt" + direction + ", r.id" + direction;
            case FOLLOW_UP -> "r.followUpOn" + direction + ", r.id" + direction;
            case REFERENCE -> "r.reference" + direction;
        };
        // two steps: the page's ids alone, then those rows. Asked for every column at once, H2 judged reading the
        // whole table and sorting it cheaper than walking the index (5 s at 100 000 cases, spilled to disk)
        TypedQuery<UUID> query = em.createQuery("select r.id from Referral r" + where(filter) + " order by " + order,
                UUID.class);
        bind(query, filter, today);
        List<UUID> page = query.setFirstResult(offset).setMaxResults(size).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<UUID, Referral> rows = em.createQuery("select r from Referral r where r.id in :ids", Referral.class)
                .setParameter("ids", page)
                .getResultStream().collect(Collectors.toMap(Referral::getId, r -> r));
        return page.stream().map(rows::get).filter(Objects::nonNull).map(r -> r.toSummary(today)).toList();
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public long count(CaseFilter filter) {
        CaseRecords.coordinator(caller, accounts);
        if (filter.equals(CaseFilter.none())) {
            return em.createQuery("select count(r) from Referral r", Long.class).getSingleResult();
        }
        // in no particular order, so that the database stops at the limit instead of reading every case
        TypedQuery<UUID> query = em.createQuery("select r.id from Referral r" + where(filter), UUID.class);
        bind(query, filter, LocalDate.now(clock));
        return query.setMaxResults(COUNT_LIMIT).getResultList().size();
    }

    private static String where(CaseFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add("r.status = :status");
        }
        if (filter.coordinator() != null) {
            conditions.add("r.coordinator = :coordinator");
        }
        if (filter.district() != null) {
            conditions.add("r.district = :district");
        }
        if (filter.problemArea() != null) {
            conditions.add(":problemArea member of r.problemAreas");
        }
        if (filter.urgency() != null) {
            conditions.add("r.urgency = :urgency");
        }
        if (filter.ageBand() != null) {
            conditions.add("r.youngBirthDate between :bornFrom and :bornTo");
        }
        if (filter.overdueOnly()) {
            conditions.add("r.open = true and r.followUpOn < :today");
        }
        if (filter.openOnly()) {
            conditions.add("r.open = true");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(TypedQuery<?> query, CaseFilter filter, LocalDate today) {
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.coordinator() != null) {
            query.setParameter("coordinator", filter.coordinator());
        }
        if (filter.district() != null) {
            query.setParameter("district", filter.district());
        }
        if (filter.problemArea() != null) {
            query.setParameter("problemArea", filter.problemArea());
        }
        if (filter.urgency() != null) {
            query.setParameter("urgency", filter.urgency());
        }
        if (filter.ageBand() != null) {
            query.setParameter("bornFrom", filter.ageBand().bornOnOrAfter(today));
            query.setParameter("bornTo", filter.ageBand().bornOnOrBefore(today));
        }
        if (filter.overdueOnly()) {
            query.setParameter("today", today);
        }
    }

    @Override
    public List<ReferralSummary> submittedBy(int offset, int size) {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("select r from Referral r where r.referrerUsername = :u order by r.receivedAt desc, r.id",
                        Referral.class)
                .setParameter("u", caller.requireName())
                .setFirstResult(offset).setMaxResults(size)
                .getResultStream().map(r -> r.toSummary(today)).toList();
    }

    @Override
    public long countSubmittedBy() {
        return em.createQuery("select count(r) from Referral r where r.referrerUsername = :u", Long.class)
                .setParameter("u", caller.requireName()).getSingleResult();
    }

    @Override
    public CaseDetail open(UUID id) {
        Actor actor = CaseRecords.actor(caller, accounts);
        Referral referral = CaseRecords.visibleCase(em, id, actor);
        Instant now = clock.instant();
        CaseRecords.audit(em, referral.getId(), actor.username(), AuditRecord.READ,
                actor.coordinates() ? "dossier geopend" : "eigen aanmelding bekeken", now);
        return CaseRecords.detail(em, referral, actor, LocalDate.now(clock));
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<AuditEntry> audit(UUID id) {
        Actor actor = CaseRecords.coordinator(caller, accounts);
        Referral referral = CaseRecords.visibleCase(em, id, actor);
        CaseRecords.audit(em, referral.getId(), actor.username(), AuditRecord.READ, "auditlog bekeken", clock.instant());
        return em.createQuery("select a from AuditRecord a where a.referralId = :id order by a.at desc, a.id", AuditRecord.class)
                .setParameter("id", id).setMaxResults(1000)
                .getResultStream().map(AuditRecord::toEntry).toList();
    }

    @Override
    public CaseDetail changeStatus(UUID id, int version, ReferralStatus to, CaseOutcome outcome, String note) {
        Actor actor = CaseRecords.actor(caller, accounts);
        Referral referral = CaseRecords.caseToChange(em, id, actor, version);
        Instant now = clock.instant();
        ReferralStatus from = referral.getStatus();
        referral.moveTo(to, outcome, now);
        if (to == ReferralStatus.IN_ANALYSIS && referral.getCoordinator() == null) {
            referral.assign(actor.username(), referral.getFollowUpOn(), now);
        }
        CaseRecords.changed(em, referral, actor.username(), EventKind.STATUS, from + " → " + to
                + (outcome == null ? "" : " (" + outcome + ")") + (note == null || note.isBlank() ? "" : ": " + note.strip()), now);
        return saved(referral, actor);
    }

    @Override
    public CaseDetail assign(UUID id, int version, String coordinator, LocalDate followUpOn) {
        Actor actor = CaseRecords.actor(caller, accounts);
        Referral referral = CaseRecords.caseToChange(em, id, actor, version);
        AccountView assignee = accounts.find(coordinator)
                .filter(a -> a.roles().contains(Role.COORDINATOR) || a.roles().contains(Role.ADMIN))
                .orElseThrow(() -> new Invalid(FieldError.of("coordinator", "referral.coordinator.unknown")));
        Instant now = clock.instant();
        referral.assign(assignee.username(), followUpOn, now);
        CaseRecords.changed(em, referral, actor.username(), EventKind.ASSIGNED, "Toegewezen aan " + assignee.displayName()
                + (followUpOn == null ? "" : "; opvolgen op " + followUpOn), now);
        return saved(referral, actor);
    }

    @Override
    public CaseDetail addNote(UUID id, EventKind kind, String text) {
        Actor actor = CaseRecords.actor(caller, accounts);
        Referral referral = CaseRecords.visibleCase(em, id, actor);
        if (!actor.coordinates()) {
            throw new NotPermitted("referral.note.coordinators-only");
        }
        if (kind != EventKind.NOTE && kind != EventKind.CALL && kind != EventKind.EMAIL) {
            throw new Invalid(FieldError.of("kind", "referral.note.kind"));
        }
        CaseRecords.changed(em, referral, actor.username(), kind, text.strip(), clock.instant());
        em.flush();
        return CaseRecords.detail(em, referral, actor, LocalDate.now(clock));
    }

    @Override
    public CaseDetail recordSharingGround(UUID id, int version, LegalGround ground) {
        Actor actor = CaseRecords.actor(caller, accounts);
        Referral referral = CaseRecords.caseToChange(em, id, actor, version);
        if (ground == LegalGround.CONSENT && !referral.hasConsent()) {
            throw new NotAllowedNow("referral.sharing.no-consent");
        }
        Instant now = clock.instant();
        referral.recordSharingGround(ground, now);
        CaseRecords.changed(em, referral, actor.username(), EventKind.NOTE, "Rechtsgrond om te delen: " + ground, now);
        return saved(referral, actor);
    }

    @Override
    public CaseDetail refer(UUID id, int version, UUID offerId) {
        Actor actor = CaseRecords.actor(caller, accounts);
        Referral referral = CaseRecords.caseToChange(em, id, actor, version);
        if (!referral.mayShareWithPartners()) {
            throw NotAllowedNow.because("NO_LEGAL_GROUND", "referral.sharing.refused");
        }
        OfferView offer = offers.find(offerId)
                .orElseThrow(() -> new Invalid(FieldError.of("offerId", "referral.offer.unknown")));
        boolean already = em.createQuery("select count(o) from OfferReferral o where o.referral = :r and o.offerId = :offer"
                        + " and o.status in :open", Long.class)
                .setParameter("r", referral).setParameter("offer", offerId)
                .setParameter("open", Set.of(be.draaischijf.referral.api.OfferReferralStatus.PROPOSED,
                        be.draaischijf.referral.api.OfferReferralStatus.ACCEPTED,
                        be.draaischijf.referral.api.OfferReferralStatus.STARTED))
                .getSingleResult() > 0;
        if (already) {
            throw new NotAllowedNow("referral.refer.already", offer.name());
        }
        Instant now = clock.instant();
        if (referral.getStatus() != ReferralStatus.REFERRED) {
            referral.moveTo(ReferralStatus.REFERRED, null, now);
        } else {
            referral.touch(now);
        }
        LocalDate replyBy = WorkingDays.after(LocalDate.now(clock), replyWorkingDays);
        OfferReferral sent = new OfferReferral(referral, offer.id(), offer.name(), offer.organisationId(),
                offer.organisationName(), replyBy, now);
        em.persist(sent);
        CaseRecords.changed(em, sent, actor.username(), EventKind.REFERRED, "Doorverwezen naar " + offer.name()
                + " (" + offer.organisationName() + "); antwoord verwacht uiterlijk " + replyBy, now);
        CaseDetail detail = saved(referral, actor);
        CaseRecords.send(outbox, mails().newReferral(CaseRecords.staffAddresses(accounts, offer.organisationId()),
                referral.getReference(), offer.name(), replyBy, sent.getId()));
        return detail;
    }

    @Override
    public CaseDetail recordUnmetNeed(UUID id, int version, UnmetNeedDraft need) {
        Actor actor = CaseRecords.actor(caller, accounts);
        Referral referral = CaseRecords.caseToChange(em, id, actor, version);
        Set<String> problemAreas = referenceLists.problemAreas().stream().map(ReferenceItem::code).collect(Collectors.toSet());
        if (!problemAreas.contains(need.problemArea())) {
            throw new Invalid(FieldError.of("problemArea", "referral.problem-area.unknown"));
        }
        Instant now = clock.instant();
        if (referral.getStatus() != ReferralStatus.UNMET_NEED) {
            referral.moveTo(ReferralStatus.UNMET_NEED, null, now);
        } else {
            referral.touch(now);
        }
        em.persist(new UnmetNeed(referral.getId(), actor.username(), need, now));
        CaseRecords.changed(em, referral, actor.username(), EventKind.UNMET_NEED, "Onvervulde nood: " + need.problemArea()
                + ", " + need.reason() + (need.waitingWeeks() == null ? "" : ", wachttijd " + need.waitingWeeks() + " weken"), now);
        return saved(referral, actor);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public CaseDetail link(UUID id, UUID other) {
        Actor actor = CaseRecords.coordinator(caller, accounts);
        Referral referral = CaseRecords.visibleCase(em, id, actor);
        Referral duplicate = CaseRecords.visibleCase(em, other, actor);
        if (referral.getId().equals(duplicate.getId())) {
            throw new Invalid(FieldError.of("other", "referral.link.self"));
        }
        Instant now = clock.instant();
        referral.link(duplicate.getId());
        duplicate.link(referral.getId());
        CaseRecords.changed(em, referral, actor.username(), EventKind.LINKED, "Gekoppeld aan " + duplicate.getReference(), now);
        CaseRecords.changed(em, duplicate, actor.username(), EventKind.LINKED, "Gekoppeld aan " + referral.getReference(), now);
        return saved(referral, actor);
    }

    @Override
    public Map<String, String> coordinators() {
        Map<String, String> coordinators = new LinkedHashMap<>();
        accounts.withRole(Role.COORDINATOR, null).forEach(a -> coordinators.put(a.username(), a.displayName()));
        return coordinators;
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public long generateDemoCases(int count) {
        if (!demoMode.getAsBoolean()) {
            throw new NotAllowedNow("draaischijf.demo-only");
        }
        em.unwrap(Session.class).doWork(connection -> be.draaischijf.referral.control.DemoCases.insert(connection, count, LocalDate.now(clock), new Random(count)));
        return em.createQuery("select count(r) from Referral r", Long.class).getSingleResult();
    }

    private CaseDetail saved(Referral referral, Actor actor) {
        CaseRecords.flush(em, CaseRecords.CASE, referral.getReference());
        return CaseRecords.detail(em, referral, actor, LocalDate.now(clock));
    }

    private ReferralMails mails() {
        return new ReferralMails(baseUrl == null ? "http://localhost:8080" : baseUrl);
    }

}
