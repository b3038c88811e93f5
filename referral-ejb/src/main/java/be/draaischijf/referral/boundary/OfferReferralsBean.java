package be.draaischijf.referral.boundary;

import be.draaischijf.partner.api.Accounts;
import be.draaischijf.platform.Mailer;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.referral.api.DeclineReason;
import be.draaischijf.referral.api.EventKind;
import be.draaischijf.referral.api.OfferReferralStatus;
import be.draaischijf.referral.api.OfferReferrals;
import be.draaischijf.referral.api.PartnerReferralView;
import be.draaischijf.referral.api.TimelineEntry;
import be.draaischijf.referral.api.UnknownReferral;
import be.draaischijf.referral.control.Caller;
import be.draaischijf.referral.control.ReferralMails;
import be.draaischijf.referral.entity.AuditRecord;
import be.draaischijf.referral.entity.OfferReferral;
import be.draaischijf.referral.entity.Referral;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
@Interceptors(ParameterValidation.class)
public class OfferReferralsBean implements OfferReferrals {

    private static final Logger LOG = Logger.getLogger(OfferReferralsBean.class.getName());

    @PersistenceContext(unitName = "referral")
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "draaischijf.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /** The mail server from MicroProfile Config; tests put one of their own here. */
    Mailer mailer;

    Clock clock = Clock.system(ReferralCasesBean.BRUSSELS);

    @Override
    public List<PartnerReferralView> forMyOrganisation(String actor, int offset, int size) {
        Caller caller = CaseRecords.caller(accounts, actor);
        if (caller.partnerOrganisation() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("select o from OfferReferral o join fetch o.referral where o.organisationId = :organisation"
                        + " order by case when o.status in (be.draaischijf.referral.api.OfferReferralStatus.PROPOSED,"
                        + " be.draaischijf.referral.api.OfferReferralStatus.ACCEPTED,"
                        + " be.draaischijf.referral.api.OfferReferralStatus.STARTED) then 0 else 1 end,"
                        + " o.proposedAt desc, o.id", OfferReferral.class)
                .setParameter("organisation", caller.partnerOrganisation())
                .setFirstResult(offset).setMaxResults(size)
                .getResultStream().map(o -> view(o, today, false)).toList();
    }

    @Override
    public long countForMyOrganisation(String actor) {
        Caller caller = CaseRecords.caller(accounts, actor);
        if (caller.partnerOrganisation() == null) {
            return 0;
        }
        return em.createQuery("select count(o) from OfferReferral o where o.organisationId = :organisation", Long.class)
                .setParameter("organisation", caller.partnerOrganisation()).getSingleResult();
    }

    @Override
    public PartnerReferralView open(UUID id, String actor) {
        Caller caller = CaseRecords.caller(accounts, actor);
        OfferReferral referral = visible(id, caller);
        CaseRecords.audit(em, referral.getReferral().getId(), caller.username(), AuditRecord.READ,
                "doorverwijzing naar " + referral.getOrganisationName() + " bekeken", clock.instant());
        return view(referral, LocalDate.now(clock), true);
    }

    @Override
    public PartnerReferralView answer(UUID id, String actor, int version, OfferReferralStatus to, DeclineReason reason, String note) {
        Caller caller = CaseRecords.caller(accounts, actor);
        OfferReferral referral = visible(id, caller);
        CaseRecords.requireVersion(referral.getVersion(), version, "deze doorverwijzing");
        Instant now = clock.instant();
        OfferReferralStatus from = referral.getStatus();
        referral.answer(to, reason, note, now);
        Referral theCase = referral.getReferral();
        CaseRecords.changed(em, theCase, caller.username(), EventKind.PARTNER_ANSWER, referral.getOrganisationName() + ", "
                + referral.getOfferName() + ": " + from + " → " + to + (reason == null ? "" : " (" + reason + ")")
                + (note == null || note.isBlank() ? "" : ": " + note.strip()), now);
        CaseRecords.flush(em, "deze doorverwijzing");
        if (!caller.coordinates()) {
            CaseRecords.send(mailer, mails().partnerAnswered(CaseRecords.coordinatorAddresses(accounts, theCase),
                    theCase.getReference(), referral.getOrganisationName(), to.name(), theCase.getId()));
        }
        return view(referral, LocalDate.now(clock), true);
    }

    @Override
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
            CaseRecords.event(em, theCase.getId(), "systeem", EventKind.ESCALATED, "Geen antwoord van "
                    + referral.getOrganisationName() + " binnen de termijn: gemeld aan de coördinator.", now);
            CaseRecords.send(mailer, mails().replyOverdue(CaseRecords.coordinatorAddresses(accounts, theCase),
                    theCase.getReference(), referral.getOrganisationName(), referral.toView(today).replyBy(), theCase.getId()));
            escalated++;
        }
        int done = escalated;
        LOG.info(() -> done + " overdue referral(s) escalated");
        return escalated;
    }

    /** Partner staff see only their organisation's referrals; coordinators all; anyone else nothing. */
    private OfferReferral visible(UUID id, Caller caller) {
        OfferReferral referral = em.find(OfferReferral.class, id);
        if (referral == null || !(caller.coordinates() || caller.isPartnerOf(referral.getOrganisationId()))) {
            throw new UnknownReferral("geen doorverwijzing " + id + " voor " + caller.username());
        }
        return referral;
    }

    /** Only what the partner needs: name, age, district, school status, question, problem areas, the coordinator. */
    private PartnerReferralView view(OfferReferral referral, LocalDate today, boolean withHistory) {
        Referral theCase = referral.getReferral();
        List<TimelineEntry> history = !withHistory ? List.of()
                : em.createQuery("select e from CaseEvent e where e.referralId = :id"
                                + " and e.kind = be.draaischijf.referral.api.EventKind.PARTNER_ANSWER"
                                + " and e.text like :organisation order by e.at desc", be.draaischijf.referral.entity.CaseEvent.class)
                .setParameter("id", theCase.getId()).setParameter("organisation", referral.getOrganisationName() + ", %")
                .getResultStream().map(be.draaischijf.referral.entity.CaseEvent::toEntry).toList();
        String coordinator = theCase.getCoordinator() == null ? null
                : accounts.find(theCase.getCoordinator()).map(a -> a.displayName() + " (" + a.email() + ")")
                .orElse(theCase.getCoordinator());
        return new PartnerReferralView(referral.toView(today), theCase.getYoungFirstName(), theCase.getYoungLastName(),
                theCase.ageOn(today), theCase.getDistrict(), theCase.getSchoolStatus(), theCase.getQuestion(),
                theCase.getProblemAreas(), coordinator, history);
    }

    private ReferralMails mails() {
        return new ReferralMails(baseUrl == null ? "http://localhost:8080" : baseUrl);
    }

}
