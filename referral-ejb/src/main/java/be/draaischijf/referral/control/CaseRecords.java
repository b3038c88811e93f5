package be.draaischijf.referral.control;

import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.Accounts;
import be.draaischijf.identity.api.Role;
import be.draaischijf.identity.api.Roles;
import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.platform.mail.Outbox;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.platform.security.Caller;
import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.referral.api.EventKind;
import be.draaischijf.referral.api.EventMessage;
import be.draaischijf.referral.api.EventValue;
import be.draaischijf.referral.api.ReferralSummary;
import be.draaischijf.referral.entity.AuditHead;
import be.draaischijf.referral.entity.AuditRecord;
import be.draaischijf.referral.entity.CaseEvent;
import be.draaischijf.referral.entity.Conference;
import be.draaischijf.referral.entity.ContactPoint;
import be.draaischijf.referral.entity.OfferReferral;
import be.draaischijf.referral.entity.Referral;
import be.draaischijf.referral.entity.UnmetNeed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Logger;
import org.hibernate.Session;
import org.hibernate.StaleStateException;

/**
 * What the case-work beans share, injected into each: who the caller is, which cases they may see, the timeline
 * and the audit log, optimistic locking, reading a whole case, and the outbox. It works in the calling bean's
 * transaction and persistence context.
 */
@Dependent
public class CaseRecords {

    private static final Logger LOG = Logger.getLogger(CaseRecords.class.getName());

    @PersistenceContext(unitName = "referral")
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    /** Administrators' break-glass grants (ADR 0042): asked on every read of a case by an administrator. */
    @Inject
    CaseAccess access;

    /** The address people use to reach the application, for the links in mails. */
    @Inject
    @ConfigProperty(name = "draaischijf.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    public CaseRecords() {
    }

    /** Outside the container (module tests): over this database, as this caller, queuing into this outbox. */
    public CaseRecords(EntityManager em, Accounts accounts, Caller caller, Outbox outbox, String baseUrl) {
        this(em, accounts, caller, outbox, baseUrl,
                new CaseAccess(em, java.time.Clock.system(java.time.ZoneId.of("Europe/Brussels")), 8));
    }

    /** The same, with administrators' grants read and made through {@code access} (its clock, its hours). */
    public CaseRecords(EntityManager em, Accounts accounts, Caller caller, Outbox outbox, String baseUrl, CaseAccess access) {
        this.em = em;
        this.accounts = accounts;
        this.caller = caller;
        this.outbox = outbox;
        this.baseUrl = baseUrl;
        this.access = access;
    }

    /** Administrators' break-glass grants (ADR 0042). */
    public CaseAccess access() {
        return access;
    }

    /** The module's mails, with links to this application. */
    public ReferralMails mails() {
        return new ReferralMails(baseUrl == null ? "http://localhost:8080" : baseUrl);
    }

    /**
     * Who is calling, as the container says (name and roles), with what their account adds (name to show, address,
     * a partner's organisation); a caller without an account may do nothing.
     */
    public Actor actor() {
        String name = caller.requireName();
        AccountView account = accounts.find(name).orElseThrow(() -> new NotPermitted("referral.caller.unknown"));
        return new Actor(account.username(), account.displayName(), account.email(),
                caller.isInRole(Roles.COORDINATOR), caller.isInRole(Roles.PROFESSIONAL),
                caller.isInRole(Roles.PARTNER) ? account.organisationId() : null, caller.isInRole(Roles.ADMIN));
    }

    /** Coordinators and administrators (an administrator still needs a grant for a case's contents: {@link #visibleCase}). */
    public Actor coordinator() {
        Actor actor = actor();
        if (!actor.staff()) {
            throw new NotPermitted("referral.coordinators-only");
        }
        return actor;
    }

    /**
     * Coordinators only: for what lists cases with the young people's names (the workbench, its search), which an
     * administrator does not read, grant or not (ADR 0042).
     */
    public Actor caseWorker() {
        Actor actor = actor();
        if (!actor.coordinates()) {
            throw new NotPermitted("referral.case-workers-only");
        }
        return actor;
    }

    /**
     * A case the caller may see: coordinators every case, professionals only what they submitted, administrators a
     * case they hold a break-glass grant for (without one: refused, 403, ADR 0042). This is where every read and change
     * of a case asks.
     */
    public Referral visibleCase(UUID id, Actor caller) {
        Referral referral = em.find(Referral.class, id);
        if (referral == null) {
            throw new NotFound("referral.case.unknown");
        }
        if (caller.coordinates()) {
            return referral;
        }
        if (caller.administers()) {
            // also for a question of their own: an administrator's account reads cases only this way
            access.requireGrant(referral.getId(), caller.username());
            return referral;
        }
        if (caller.professional() && caller.username().equalsIgnoreCase(referral.getReferrerUsername())) {
            return referral;
        }
        throw new NotFound("referral.case.unknown");
    }

    /**
     * Whether the caller works on this case as its coordinators do: a coordinator, or an administrator who holds a
     * grant for it now (conferences ask this; a case itself is read through {@link #visibleCase}).
     */
    public boolean handles(UUID caseId, Actor caller) {
        return caller.coordinates() || caller.administers() && access.holding(caseId, caller.username()).isPresent();
    }

    /**
     * The case whose audit log the caller reads: coordinators and administrators, any case, without a grant (the log
     * says who did what and when, never what the case holds: ADR 0040, 0042).
     */
    public Referral caseOfAuditLog(UUID id, Actor caller) {
        Referral referral = em.find(Referral.class, id);
        if (referral == null || !caller.staff()) {
            throw new NotFound("referral.case.unknown");
        }
        return referral;
    }

    /** A case the caller may change (coordinators; administrators with a grant), at the version they read. */
    public Referral caseToChange(UUID id, Actor caller, int version) {
        Referral referral = visibleCase(id, caller);
        if (!caller.staff()) {
            throw new NotPermitted("referral.case.change.coordinators-only");
        }
        requireVersion(referral.getVersion(), version, CASE, referral.getReference());
        return referral;
    }

    /**
     * Refuses (409) to add to or change what an anonymised case says about the young person (ADR 0043): it keeps only
     * what the reports count; a note, a consent, a referral, a conference or a correction would bring personal data back.
     */
    public static void requireNotAnonymised(Referral referral) {
        if (referral.isAnonymised()) {
            throw new NotAllowedNow("referral.case.anonymised", referral.getReference());
        }
    }

    /** What changed meanwhile: a case (with its reference), a referral to an offer, a conference. */
    public static final String CASE = "referral.case.changed-meanwhile";
    public static final String OFFER_REFERRAL = "referral.offer-referral.changed-meanwhile";
    public static final String CONFERENCE = "referral.conference.changed-meanwhile";

    public static void requireVersion(int current, int read, String what, Object... values) {
        if (current != read) {
            throw new ChangedMeanwhile(what, values);
        }
    }

    /** Writes the change now, so that a concurrent change of the same version shows as a conflict here. */
    public void flush(String what, Object... values) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ChangedMeanwhile(what, values);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof StaleStateException) {
                throw new ChangedMeanwhile(what, values);
            }
            throw e;
        }
    }

    /** An entry on the case's timeline: what it says ({@code message}; null for a note) and what a person wrote. */
    public void event(UUID caseId, String by, EventKind kind, EventMessage message, String text, Instant now) {
        em.persist(new CaseEvent(caseId, null, now, by, kind, message, text));
    }

    /** An entry about one referral to an offer (sent, answered, escalated): the partner's history is found by it. */
    public void event(OfferReferral about, String by, EventKind kind, EventMessage message, String text, Instant now) {
        em.persist(new CaseEvent(about.getReferral().getId(), about.getId(), now, by, kind, message, text));
    }

    /**
     * A line of the audit log: who read or changed the case, and what, as a message (never a note's text). It is the
     * next line of the case's hash chain (ADR 0040): the case's head is locked until this transaction ends, so two
     * servers writing about the same case number their lines one after the other; other cases do not wait.
     */
    public void audit(UUID caseId, String by, String action, EventMessage message, Instant now) {
        em.persist(lockedHead(caseId).append(now, by, action, message));
    }

    /**
     * The same line in the log of each of these cases (a list shown), taking their heads in one order (by id) so that
     * two lists of the same cases in another order cannot wait for each other.
     */
    public void auditEach(Collection<UUID> caseIds, String by, String action, EventMessage message, Instant now) {
        for (UUID caseId : new TreeSet<>(caseIds)) {
            audit(caseId, by, action, message, now);
        }
    }

    /**
     * The case's audit head, locked for this transaction; made first for a case's first line. Two first lines at once
     * do not collide: the second insert waits for the first transaction and then inserts nothing ({@code on conflict
     * do nothing}, PostgreSQL and H2 alike), and both lock the one head. Written over this transaction's connection
     * without flushing the persistence context, so the caller's changes are flushed where the caller says.
     */
    private AuditHead lockedHead(UUID caseId) {
        AuditHead head = em.find(AuditHead.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "insert into case_audit_head (referral_id, seq, hash) values (?, 0, null) on conflict do nothing")) {
                    insert.setObject(1, caseId);
                    insert.executeUpdate();
                }
            });
            head = em.find(AuditHead.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        }
        return head;
    }

    /** A change: on the timeline and in the audit log (there without what was written). */
    public void changed(Referral referral, String by, EventKind kind, EventMessage message, String text, Instant now) {
        event(referral.getId(), by, kind, message, text, now);
        audit(referral.getId(), by, AuditRecord.CHANGE, audited(kind, message), now);
    }

    /** A change to one referral to an offer (sent, answered): on the case's timeline, tied to that referral, and audited. */
    public void changed(OfferReferral about, String by, EventKind kind, EventMessage message, String text, Instant now) {
        event(about, by, kind, message, text, now);
        audit(about.getReferral().getId(), by, AuditRecord.CHANGE, audited(kind, message), now);
    }

    /** What the audit log says of a change: its message, or "Notitie toegevoegd" for a note (not its words). */
    private static EventMessage audited(EventKind kind, EventMessage message) {
        return message != null ? message : EventMessage.of("audit.written", EventValue.of(EventValue.Type.EVENT_KIND, kind));
    }

    /**
     * The whole case for a coordinator (or an administrator past {@link #visibleCase}: with a grant), or the
     * professional's own view of it (no timeline, conferences, duplicates).
     */
    public CaseDetail detail(Referral referral, Actor caller, LocalDate today) {
        boolean full = caller.staff();
        var offerReferrals = em.createQuery("select o from OfferReferral o where o.referral = :r order by o.proposedAt",
                        OfferReferral.class).setParameter("r", referral)
                .getResultStream().map(o -> o.toView(today)).toList();
        var timeline = !full ? List.<be.draaischijf.referral.api.TimelineEntry>of()
                : em.createQuery("select e from CaseEvent e where e.referralId = :id order by e.at desc, e.id", CaseEvent.class)
                .setParameter("id", referral.getId()).getResultStream().map(CaseEvent::toEntry).toList();
        var conferences = !full ? List.<be.draaischijf.referral.api.ConferenceView>of()
                : em.createQuery("select c from Conference c where c.referral = :r order by c.heldAt", Conference.class)
                .setParameter("r", referral).getResultStream().map(Conference::toView).toList();
        var unmet = !full ? List.<be.draaischijf.referral.api.UnmetNeedView>of()
                : em.createQuery("select u from UnmetNeed u where u.referralId = :id order by u.recordedAt", UnmetNeed.class)
                .setParameter("id", referral.getId()).getResultStream().map(UnmetNeed::toView).toList();
        List<ReferralSummary> duplicates = full && !referral.isAnonymised() ? possibleDuplicates(referral, today) : List.of();
        return new CaseDetail(referral.getId(), referral.getReference(), referral.getStatus(), referral.getOutcome(),
                referral.getReceivedAt(), full ? referral.getReferrerUsername() : null, referral.toIntake(),
                referral.ageOn(today), referral.getCoordinator(), referral.getContactPointId(), referral.getFollowUpOn(), referral.isOverdue(today),
                referral.getSharingGround(), referral.getVersion(),
                full ? referral.getStatus().next() : java.util.Set.of(),
                offerReferrals, timeline, conferences, unmet, duplicates,
                full ? List.copyOf(referral.getLinkedCases()) : List.of(), referral.consentWithdrawal(),
                referral.isAnonymised());
    }

    /** Open cases for a young person with the same name and birth date, not linked yet (none once anonymised). */
    public List<ReferralSummary> possibleDuplicates(Referral referral, LocalDate today) {
        if (referral.getYoungBirthDate() == null || referral.getYoungFirstName() == null
                || referral.getYoungLastName() == null) {
            return List.of();
        }
        return em.createQuery("select r from Referral r where r.youngBirthDate = :born"
                        + " and lower(r.youngLastName) = :last and lower(r.youngFirstName) = :first"
                        + " and r.id <> :id and r.open = true order by r.receivedAt desc", Referral.class)
                .setParameter("born", referral.getYoungBirthDate())
                .setParameter("last", referral.getYoungLastName().toLowerCase(Locale.ROOT))
                .setParameter("first", referral.getYoungFirstName().toLowerCase(Locale.ROOT))
                .setParameter("id", referral.getId())
                .setMaxResults(20)
                .getResultStream().filter(r -> !referral.getLinkedCases().contains(r.getId()))
                .map(r -> r.toSummary(today)).toList();
    }

    /** The organisation's partner staff who hear of a referral to it: those with an address. */
    public List<AccountView> staff(UUID organisationId) {
        return accounts.withRole(Role.PARTNER, organisationId).stream()
                .filter(a -> a.email() != null && !a.email().isBlank()).toList();
    }

    /** The addresses of the organisation's partner staff. */
    public List<String> staffAddresses(UUID organisationId) {
        return staff(organisationId).stream().map(AccountView::email).distinct().toList();
    }

    /**
     * Who hears of a case at a contact point: its coordinators; the contact point's own address when no coordinator
     * is bound to it.
     */
    public List<String> contactPointAddresses(ContactPoint point) {
        List<String> addresses = accounts.coordinatorsOf(point.getId()).stream()
                .map(AccountView::email).filter(e -> e != null && !e.isBlank()).distinct().toList();
        return addresses.isEmpty() ? List.of(point.getEmail()) : addresses;
    }

    /**
     * The case's coordinator's address; when nobody is assigned yet, those of its contact point's coordinators, and
     * every coordinator's when that contact point has none.
     */
    public List<String> coordinatorAddresses(Referral referral) {
        if (referral.getCoordinator() != null) {
            var assigned = accounts.find(referral.getCoordinator()).map(AccountView::email).filter(e -> !e.isBlank());
            if (assigned.isPresent()) {
                return List.of(assigned.get());
            }
        }
        List<String> contactPoint = accounts.coordinatorsOf(referral.getContactPointId()).stream()
                .map(AccountView::email).filter(e -> e != null && !e.isBlank()).distinct().toList();
        if (!contactPoint.isEmpty()) {
            return contactPoint;
        }
        return accounts.withRole(Role.COORDINATOR, null).stream()
                .map(AccountView::email).filter(e -> e != null && !e.isBlank()).distinct().toList();
    }

    /**
     * Puts a mail in the outbox, in the transaction of the work it reports: it goes out once that commits, and is
     * tried again while the mail server is away.
     */
    public void send(Mailer.Mail mail) {
        if (mail.to().isEmpty()) {
            LOG.warning(() -> "No address for: " + mail.subject());
            return;
        }
        outbox.queue("referral", mail);
    }
}
