package be.draaischijf.referral.boundary;

import be.draaischijf.partner.api.Accounts;
import be.draaischijf.platform.Mailer;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.referral.api.CaseConferences;
import be.draaischijf.referral.api.ConferenceDraft;
import be.draaischijf.referral.api.ConferenceView;
import be.draaischijf.referral.api.EventKind;
import be.draaischijf.referral.api.NotPermitted;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.api.UnknownReferral;
import be.draaischijf.referral.control.Caller;
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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Stateless
@Interceptors(ParameterValidation.class)
public class CaseConferencesBean implements CaseConferences {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.forLanguageTag("nl"));

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
    public ConferenceView plan(UUID caseId, String actor, int caseVersion, ConferenceDraft draft) {
        Caller caller = CaseRecords.caller(accounts, actor);
        Referral referral = CaseRecords.caseToChange(em, caseId, caller, caseVersion);
        Instant now = clock.instant();
        if (referral.getStatus() != ReferralStatus.CASE_CONFERENCE) {
            referral.moveTo(ReferralStatus.CASE_CONFERENCE, null, now);
        } else {
            referral.touch(now);
        }
        Conference conference = new Conference(referral, caller.username(), draft);
        em.persist(conference);
        CaseRecords.changed(em, referral, caller.username(), EventKind.CONFERENCE, "Netwerkoverleg gepland op "
                + WHEN.format(draft.heldAt()) + " (" + draft.place().strip() + "), rechtsgrond " + draft.legalGround()
                + ", " + draft.participants().size() + " deelnemer(s)", now);
        CaseRecords.flush(em, referral.getReference());
        return conference.toView();
    }

    @Override
    public ConferenceView update(UUID id, String actor, int version, ConferenceDraft draft) {
        Caller caller = CaseRecords.caller(accounts, actor);
        Conference conference = visible(id, caller);
        if (!caller.coordinates()) {
            throw new NotPermitted("alleen coördinatoren en beheerders schrijven een netwerkoverleg uit");
        }
        CaseRecords.requireVersion(conference.getVersion(), version, "dit netwerkoverleg");
        conference.apply(draft);
        CaseRecords.changed(em, conference.getReferral(), caller.username(), EventKind.CONFERENCE,
                "Netwerkoverleg van " + WHEN.format(draft.heldAt()) + " bijgewerkt (" + draft.actions().size()
                        + " afspraak/afspraken)", clock.instant());
        CaseRecords.flush(em, "dit netwerkoverleg");
        return conference.toView();
    }

    @Override
    public ConferenceView open(UUID id, String actor) {
        Caller caller = CaseRecords.caller(accounts, actor);
        Conference conference = visible(id, caller);
        CaseRecords.audit(em, conference.getReferral().getId(), caller.username(), AuditRecord.READ,
                "netwerkoverleg bekeken", clock.instant());
        return conference.toView();
    }

    @Override
    public List<ConferenceView> mine(String actor) {
        Caller caller = CaseRecords.caller(accounts, actor);
        java.time.LocalDateTime since = LocalDate.now(clock).atStartOfDay();
        if (caller.coordinates()) {
            return em.createQuery("select c from Conference c join fetch c.referral where c.heldAt >= :since order by c.heldAt",
                            Conference.class)
                    .setParameter("since", since).setMaxResults(100)
                    .getResultStream().map(Conference::toView).toList();
        }
        return em.createQuery("select distinct c from Conference c join fetch c.referral join c.participants p"
                        + " where p.username = :username order by c.heldAt desc", Conference.class)
                .setParameter("username", caller.username().toLowerCase(Locale.ROOT)).setMaxResults(100)
                .getResultStream().map(Conference::toView).toList();
    }

    @Override
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
                CaseRecords.send(mailer, new ReferralMails(baseUrl == null ? "http://localhost:8080" : baseUrl)
                        .actionDue((String) row[2], (String) row[3], tomorrow, conferenceId));
                sent++;
            }
        }
        return sent;
    }

    /** Coordinators see every conference; anyone else only one they take part in. */
    private Conference visible(UUID id, Caller caller) {
        Conference conference = em.find(Conference.class, id);
        if (conference == null || !(caller.coordinates() || conference.hasParticipant(caller.username()))) {
            throw new UnknownReferral("geen netwerkoverleg " + id + " voor " + caller.username());
        }
        return conference;
    }
}
