package be.draaischijf.referral.boundary;

import be.draaischijf.identity.api.Accounts;
import be.draaischijf.identity.api.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.referral.api.Contact;
import be.draaischijf.referral.api.DetailsWithheld;
import be.draaischijf.referral.api.EventKind;
import be.draaischijf.referral.api.EventMessage;
import be.draaischijf.referral.api.EventValue;
import be.draaischijf.referral.api.EventValue.Type;
import be.draaischijf.referral.api.OfferReferralStatus;
import be.draaischijf.referral.api.OfferReferrals;
import be.draaischijf.referral.api.PartnerReferralView;
import be.draaischijf.referral.api.TimelineEntry;
import be.draaischijf.referral.control.Actor;
import be.draaischijf.referral.control.CaseRecords;
import be.draaischijf.referral.control.ReferenceCodes;
import be.draaischijf.referral.entity.AuditRecord;
import be.draaischijf.referral.entity.CaseEvent;
import be.draaischijf.referral.entity.OfferReferral;
import be.draaischijf.referral.entity.Referral;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.PARTNER, Roles.PROFESSIONAL})
@Interceptors(ParameterValidation.class)
public class OfferReferralsBean implements OfferReferrals {

    private static final Logger LOG = Logger.getLogger(OfferReferralsBean.class.getName());

    @PersistenceContext(unitName = "referral")
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    CaseRecords records;

    @Inject
    ReferenceCodes codes;

    /** How long after a referral ended its partner still sees the young person's details (need to know, ADR 0041). */
    @Inject
    @ConfigProperty(name = "draaischijf.referrals.partner-details-days", defaultValue = "30")
    int partnerDetailsDays;

    Clock clock = Clock.system(ReferralCasesBean.BRUSSELS);

    @Override
    public List<PartnerReferralView> forMyOrganisation(int offset, int size) {
        Actor actor = records.actor();
        if (actor.partnerOrganisation() == null) {
            return List.of();
        }
        List<OfferReferral> page = em.createQuery("select o from OfferReferral o join fetch o.referral"
                        + " where o.organisationId = :organisation"
                        + " order by case when o.status in (be.draaischijf.referral.api.OfferReferralStatus.PROPOSED,"
                        + " be.draaischijf.referral.api.OfferReferralStatus.ACCEPTED,"
                        + " be.draaischijf.referral.api.OfferReferralStatus.STARTED) then 0 else 1 end,"
                        + " o.proposedAt desc, o.id", OfferReferral.class)
                .setParameter("organisation", actor.partnerOrganisation())
                .setFirstResult(offset).setMaxResults(size)
                .getResultList();
        return listed(page, actor);
    }

    @Override
    public long countForMyOrganisation() {
        Actor actor = records.actor();
        if (actor.partnerOrganisation() == null) {
            return 0;
        }
        return em.createQuery("select count(o) from OfferReferral o where o.organisationId = :organisation", Long.class)
                .setParameter("organisation", actor.partnerOrganisation()).getSingleResult();
    }

    @Override
    public List<PartnerReferralView> awaitingMyAnswer(int size) {
        Actor actor = records.actor();
        if (actor.partnerOrganisation() == null) {
            return List.of();
        }
        List<OfferReferral> waiting = em.createQuery("select o from OfferReferral o join fetch o.referral"
                        + " where o.organisationId = :organisation"
                        + " and o.status = be.draaischijf.referral.api.OfferReferralStatus.PROPOSED"
                        + " order by o.replyBy, o.proposedAt, o.id", OfferReferral.class)
                .setParameter("organisation", actor.partnerOrganisation())
                .setMaxResults(size)
                .getResultList();
        return listed(waiting, actor);
    }

    @Override
    public long countAwaitingMyAnswer() {
        Actor actor = records.actor();
        if (actor.partnerOrganisation() == null) {
            return 0;
        }
        return em.createQuery("select count(o) from OfferReferral o where o.organisationId = :organisation"
                        + " and o.status = be.draaischijf.referral.api.OfferReferralStatus.PROPOSED", Long.class)
                .setParameter("organisation", actor.partnerOrganisation()).getSingleResult();
    }

    @Override
    public PartnerReferralView open(UUID id) {
        Actor actor = records.actor();
        OfferReferral referral = visible(id, actor);
        records.audit(referral.getReferral().getId(), actor.username(), AuditRecord.READ,
                EventMessage.of("audit.offerReferralViewed", EventValue.name(referral.getOrganisationName())), clock.instant());
        return view(referral, actor, LocalDate.now(clock));
    }

    @Override
    public PartnerReferralView answer(UUID id, int version, OfferReferralStatus to, String reason, String note) {
        Actor actor = records.actor();
        OfferReferral referral = visible(id, actor);
        CaseRecords.requireVersion(referral.getVersion(), version, CaseRecords.OFFER_REFERRAL);
        if (note != null && !note.isBlank()) {
            // an answer about an anonymised case still counts, a remark about the young person no longer (ADR 0043)
            CaseRecords.requireNotAnonymised(referral.getReferral());
        }
        Instant now = clock.instant();
        OfferReferralStatus from = referral.getStatus();
        from.requireAnswer(to, reason);
        codes.requireDeclineReason(reason);
        referral.answer(to, reason, note, now);
        Referral theCase = referral.getReferral();
        EventMessage answered = EventMessage.of("event.partnerAnswer", EventValue.name(referral.getOrganisationName()),
                EventValue.name(referral.getOfferName()), EventValue.of(Type.OFFER_STATUS, from), EventValue.of(Type.OFFER_STATUS, to));
        records.changed(referral, actor.username(), EventKind.PARTNER_ANSWER, reason == null ? answered
                : new EventMessage("event.partnerAnswer.reason", answered.values()).with(EventValue.of(Type.DECLINE_REASON, reason)),
                note, now);
        records.flush(CaseRecords.OFFER_REFERRAL);
        if (!actor.coordinates()) {
            records.send(records.mails().partnerAnswered(records.coordinatorAddresses(theCase),
                    theCase.getReference(), referral.getOrganisationName(), to, theCase.getId()));
        }
        return view(referral, actor, LocalDate.now(clock));
    }

    @Override
    @PermitAll
    public int escalateOverdue() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<OfferReferral> overdue = em.createQuery("select o from OfferReferral o join fetch o.referral"
                        + " where o.status = be.draaischijf.referral.api.OfferReferralStatus.PROPOSED"
                        + " and o.replyBy < :today and o.escalatedAt is null", OfferReferral.class)
                .setParameter("today", today).setMaxResults(500).getResultList();
        int escalated = 0;
        for (OfferReferral referral : overdue) {
            // the claim: with several servers, only one transaction escalates each referral
            int won = em.createQuery("update OfferReferral o set o.escalatedAt = :now where o.id = :id and o.escalatedAt is null")
                    .setParameter("now", now).setParameter("id", referral.getId()).executeUpdate();
            if (won != 1) {
                continue;
            }
            Referral theCase = referral.getReferral();
            records.event(referral, TimelineEntry.SYSTEM, EventKind.ESCALATED,
                    EventMessage.of("event.escalated", EventValue.name(referral.getOrganisationName())), null, now);
            records.send(records.mails().replyOverdue(records.coordinatorAddresses(theCase),
                    theCase.getReference(), referral.getOrganisationName(), referral.toView(today).replyBy(), theCase.getId()));
            escalated++;
        }
        int done = escalated;
        LOG.info(() -> done + " overdue referral(s) escalated");
        return escalated;
    }

    /** Partner staff see only their organisation's referrals; coordinators all; anyone else nothing. */
    private OfferReferral visible(UUID id, Actor actor) {
        OfferReferral referral = em.find(OfferReferral.class, id);
        if (referral == null || !(actor.coordinates() || actor.isPartnerOf(referral.getOrganisationId()))) {
            throw new NotFound("referral.offer-referral.unknown");
        }
        return referral;
    }

    /** One referral opened: with its history (the partner's answers to it, newest first). */
    private PartnerReferralView view(OfferReferral referral, Actor actor, LocalDate today) {
        Referral theCase = referral.getReferral();
        List<TimelineEntry> history = em.createQuery("select e from CaseEvent e where e.offerReferralId = :id"
                        + " and e.kind = be.draaischijf.referral.api.EventKind.PARTNER_ANSWER order by e.at desc", CaseEvent.class)
                .setParameter("id", referral.getId())
                .getResultStream().map(CaseEvent::toEntry).toList();
        UUID contactPoint = theCase.getContactPointId();
        return view(referral, actor, today, history, theCase.getProblemAreas(),
                contactPoints(List.of(contactPoint)).get(contactPoint), new HashMap<>());
    }

    /**
     * Referrals as a partner's list shows them: the page's problem areas in one query, its contact points in another,
     * each coordinator looked up once (not per row). The list shows each young person's name: every referral on it is
     * a read of its case, in that case's audit log (as on the coordinators' workbench).
     */
    private List<PartnerReferralView> listed(List<OfferReferral> page, Actor actor) {
        if (page.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Set<String>> problemAreas = problemAreas(page.stream().map(o -> o.getReferral().getId()).distinct().toList());
        Map<UUID, Contact> contactPoints = contactPoints(page.stream().map(o -> o.getReferral().getContactPointId()).distinct().toList());
        Map<String, String> coordinators = new HashMap<>();
        List<PartnerReferralView> views = page.stream().map(o -> view(o, actor, today, List.of(),
                problemAreas.getOrDefault(o.getReferral().getId(), Set.of()),
                contactPoints.get(o.getReferral().getContactPointId()), coordinators)).toList();
        Instant now = clock.instant();
        // one line per case shown; the cases' audit heads taken by id, as the workbench does (CaseRecords.auditEach)
        page.stream().sorted(java.util.Comparator.comparing((OfferReferral o) -> o.getReferral().getId()))
                .forEach(shown -> records.audit(shown.getReferral().getId(), actor.username(), AuditRecord.READ,
                        EventMessage.of("audit.partnerListed", EventValue.name(shown.getOrganisationName())), now));
        return views;
    }

    /**
     * Only what the partner needs: name, age, district, school status, question, problem areas, the coordinator and the
     * case's contact point; who asked the question only when consent allows it ({@link #referrer}); the young person's
     * details and the referrer not at all when the partner no longer needs them ({@link #withheld}).
     * {@code coordinators} keeps the coordinators' names looked up so far (username → "name (e-mail)").
     */
    private PartnerReferralView view(OfferReferral referral, Actor actor, LocalDate today, List<TimelineEntry> history,
                                     Set<String> problemAreas, Contact contactPoint, Map<String, String> coordinators) {
        Referral theCase = referral.getReferral();
        String coordinator = theCase.getCoordinator() == null ? null
                : coordinators.computeIfAbsent(theCase.getCoordinator(), username -> accounts.find(username)
                        .map(a -> a.displayName() + " (" + a.email() + ")").orElse(username));
        DetailsWithheld withheld = actor.coordinates() ? null : withheld(referral);
        if (withheld != null) {
            return new PartnerReferralView(referral.toView(today), null, null, null, null, null, null, Set.of(), coordinator,
                    contactPoint, null, history, true, withheld);
        }
        return new PartnerReferralView(referral.toView(today), theCase.getYoungFirstName(), theCase.getYoungLastName(),
                theCase.ageOn(today), theCase.getDistrict(), theCase.getSchoolStatus(), theCase.getQuestion(),
                problemAreas, coordinator, contactPoint, referrer(theCase), history, false, null);
    }

    /**
     * Need to know (ADR 0041): why the partner no longer sees the young person's details, or null while it does. A
     * referral sent on consent alone loses them once no consent is left (withdrawn; a younger child's own "yes" never
     * counted); any referral loses them once it ended (declined, completed, stopped) longer ago than
     * {@code draaischijf.referrals.partner-details-days}. An anonymised case has no details left to show (ADR 0043).
     * Coordinators always see the case.
     */
    private DetailsWithheld withheld(OfferReferral referral) {
        if (referral.getReferral().isAnonymised()) {
            return DetailsWithheld.ANONYMISED;
        }
        if (referral.restsOnConsent() && !referral.getReferral().hasConsent()) {
            return DetailsWithheld.CONSENT_WITHDRAWN;
        }
        if (referral.endedLongerAgoThan(Duration.ofDays(partnerDetailsDays), clock.instant())) {
            return DetailsWithheld.REFERRAL_ENDED;
        }
        return null;
    }

    /**
     * Who asked the question, for the partner: only when the young person or a parent consented to sharing the
     * question ({@link Referral#mayShareReferrerWithPartners}); null otherwise, and the partner goes through the
     * Meldpunt (ADR 0038).
     */
    private static Contact referrer(Referral theCase) {
        return theCase.mayShareReferrerWithPartners()
                ? new Contact(theCase.getReferrerName(), theCase.getReferrerFunction(), theCase.getReferrerOrganisation(),
                        theCase.getReferrerEmail(), theCase.getReferrerPhone())
                : null;
    }

    /** How partners reach these contact points (name, e-mail, phone), in one query. */
    private Map<UUID, Contact> contactPoints(List<UUID> ids) {
        Map<UUID, Contact> points = new HashMap<>();
        em.createQuery("select c.id, c.name, c.email, c.phone from ContactPoint c where c.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(row -> points.put((UUID) row[0], new Contact((String) row[1], null, null, (String) row[2], (String) row[3])));
        return points;
    }

    /** The problem areas of these cases, in one query. */
    private Map<UUID, Set<String>> problemAreas(List<UUID> caseIds) {
        Map<UUID, Set<String>> areas = new HashMap<>();
        em.createQuery("select r.id, p from Referral r join r.problemAreas p where r.id in :ids", Object[].class)
                .setParameter("ids", caseIds)
                .getResultStream()
                .forEach(row -> areas.computeIfAbsent((UUID) row[0], id -> new TreeSet<>()).add((String) row[1]));
        return areas;
    }


}
