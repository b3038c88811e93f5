package be.draaischijf.referral.boundary;

import be.draaischijf.identity.api.Accounts;
import be.draaischijf.identity.api.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.referral.api.CaseConferences;
import be.draaischijf.referral.api.ConferenceDraft;
import be.draaischijf.referral.api.ConferenceView;
import be.draaischijf.referral.api.EventKind;
import be.draaischijf.referral.api.EventMessage;
import be.draaischijf.referral.api.EventValue;
import be.draaischijf.referral.api.LegalGround;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.control.Actor;
import be.draaischijf.referral.control.CaseRecords;
import be.draaischijf.referral.control.ReferralMails;
import be.draaischijf.referral.entity.AuditRecord;
import be.draaischijf.referral.entity.Conference;
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
import java.util.Locale;
import java.util.UUID;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.PARTNER, Roles.PROFESSIONAL})
@Interceptors(ParameterValidation.class)
public class CaseConferencesBean implements CaseConferences {


    @PersistenceContext(unitName = "referral")
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    CaseRecords records;

    Clock clock = Clock.system(ReferralCasesBean.BRUSSELS);

    @Override
    public ConferenceView plan(UUID caseId, int caseVersion, ConferenceDraft draft) {
        Actor actor = records.actor();
        Referral referral = records.caseToChange(caseId, actor, caseVersion);
        CaseRecords.requireNotAnonymised(referral);
        requireGround(referral, draft);
        Instant now = clock.instant();
        if (referral.getStatus() != ReferralStatus.CASE_CONFERENCE) {
            referral.moveTo(ReferralStatus.CASE_CONFERENCE, null, now);
        } else {
            referral.touch(now);
        }
        Conference conference = new Conference(referral, actor.username(), draft, LocalDate.now(clock));
        em.persist(conference);
        EventValue ground = EventValue.of(EventValue.Type.LEGAL_GROUND, draft.legalGround());
        EventValue participants = EventValue.number(draft.participants().size());
        records.event(referral.getId(), actor.username(), EventKind.CONFERENCE, EventMessage.of("event.conference.planned",
                EventValue.moment(draft.heldAt()), EventValue.name(draft.place()), ground, participants), null, now);
        // the audit log without the place: it is written by a person and may name the school or the family (ADR 0040)
        records.audit(referral.getId(), actor.username(), AuditRecord.CHANGE, EventMessage.of("audit.conferencePlanned",
                EventValue.moment(draft.heldAt()), ground, participants), now);
        records.flush(CaseRecords.CASE, referral.getReference());
        invite(conference, draft);
        return conference.toView();
    }

    /** Each participant with an account and an address gets an invitation of their own. */
    private void invite(Conference conference, ConferenceDraft draft) {
        ReferralMails mails = records.mails();
        draft.participants().stream()
                .map(be.draaischijf.referral.api.ConferenceParticipant::username)
                .filter(username -> username != null && !username.isBlank())
                .distinct()
                .flatMap(username -> accounts.find(username.strip()).stream())
                .map(be.draaischijf.identity.api.AccountView::email)
                .filter(email -> email != null && !email.isBlank())
                .distinct()
                .forEach(email -> records.send(mails.conferenceInvitation(email,
                        conference.getReferral().getReference(), draft.heldAt(), draft.place().strip(), conference.getId())));
    }

    @Override
    public ConferenceView update(UUID id, int version, ConferenceDraft draft) {
        Actor actor = records.actor();
        Conference conference = visible(id, actor);
        if (!records.handles(conference.getReferral().getId(), actor)) {
            throw new NotPermitted("referral.conference.coordinators-only");
        }
        CaseRecords.requireVersion(conference.getVersion(), version, CaseRecords.CONFERENCE);
        CaseRecords.requireNotAnonymised(conference.getReferral());
        conference.apply(draft, LocalDate.now(clock));
        records.changed(conference.getReferral(), actor.username(), EventKind.CONFERENCE,
                EventMessage.of("event.conference.updated", EventValue.moment(draft.heldAt()),
                        EventValue.number(draft.actions().size())), null, clock.instant());
        records.flush(CaseRecords.CONFERENCE);
        return conference.toView();
    }

    @Override
    public ConferenceView open(UUID id) {
        Actor actor = records.actor();
        Conference conference = visible(id, actor);
        records.audit(conference.getReferral().getId(), actor.username(), AuditRecord.READ,
                EventMessage.of("audit.conferenceViewed"), clock.instant());
        return conference.toView();
    }

    @Override
    public List<ConferenceView> mine() {
        Actor actor = records.actor();
        java.time.LocalDateTime since = LocalDate.now(clock).atStartOfDay();
        if (actor.coordinates()) {
            return em.createQuery("select c from Conference c join fetch c.referral where c.heldAt >= :since order by c.heldAt",
                            Conference.class)
                    .setParameter("since", since).setMaxResults(100)
                    .getResultStream().map(Conference::toView).toList();
        }
        List<ConferenceView> taking = em.createQuery("select distinct c from Conference c join fetch c.referral"
                        + " join c.participants p where p.username = :username order by c.heldAt desc", Conference.class)
                .setParameter("username", actor.username().toLowerCase(Locale.ROOT)).setMaxResults(100)
                .getResultStream().map(Conference::toView).toList();
        // a participant's list shows the cases' conferences: a read of each case shown, in its own audit log (as a
        // partner's list does), the cases' heads taken in id order
        records.auditEach(taking.stream().map(ConferenceView::caseId).toList(), actor.username(), AuditRecord.READ,
                EventMessage.of("audit.conferenceListed"), clock.instant());
        return taking;
    }

    @Override
    @PermitAll
    public int remindDueActions() {
        LocalDate today = LocalDate.now(clock);
        LocalDate tomorrow = today.plusDays(1);
        List<Object[]> due = em.createQuery("select c.id, index(a), a.ownerEmail, c.referral.reference"
                        + " from Conference c join c.actions a where a.dueOn = :tomorrow and a.done = false"
                        + " and a.remindedOn is null and a.ownerEmail is not null", Object[].class)
                .setParameter("tomorrow", tomorrow).getResultList();
        int sent = 0;
        for (Object[] row : due) {
            UUID conferenceId = (UUID) row[0];
            int position = ((Number) row[1]).intValue();
            // the claim: one reminder per action, also with several servers
            int won = em.createNativeQuery("update conference_action set reminded_on = ?1"
                            + " where conference_id = ?2 and position = ?3 and reminded_on is null")
                    .setParameter(1, today).setParameter(2, conferenceId).setParameter(3, position).executeUpdate();
            if (won == 1) {
                records.send(records.mails()
                        .actionDue((String) row[2], (String) row[3], tomorrow, conferenceId));
                sent++;
            }
        }
        return sent;
    }

    /**
     * A conference on the ground of consent needs consent that counts now: after a withdrawal nothing more is shared on
     * consent (ADR 0041); a case conference under art. 458ter or shared professional secrecy stays possible.
     */
    private static void requireGround(Referral referral, ConferenceDraft draft) {
        if (draft.legalGround() == LegalGround.CONSENT && !referral.hasConsent()) {
            throw NotAllowedNow.onField("legalGround", "NO_LEGAL_GROUND", "referral.conference.no-consent");
        }
    }

    /**
     * Coordinators see every conference (an administrator one of a case they hold a break-glass grant for, ADR 0042);
     * anyone else only one they take part in.
     */
    private Conference visible(UUID id, Actor actor) {
        Conference conference = em.find(Conference.class, id);
        if (conference == null || !(conference.hasParticipant(actor.username())
                || records.handles(conference.getReferral().getId(), actor))) {
            throw new NotFound("referral.conference.unknown");
        }
        return conference;
    }
}
