package be.draaischijf.referral.boundary;

import be.draaischijf.platform.metrics.Metrics;
import be.draaischijf.identity.api.AccountView;
import be.draaischijf.identity.api.Accounts;
import be.draaischijf.partner.api.OfferView;
import be.draaischijf.partner.api.Offers;
import be.draaischijf.identity.api.Role;
import be.draaischijf.platform.security.Caller;
import be.draaischijf.identity.api.Roles;
import jakarta.annotation.security.RolesAllowed;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.platform.refusal.RequestKeyReused;
import be.draaischijf.platform.refusal.Busy;
import be.draaischijf.platform.RequestKeys;
import be.draaischijf.platform.RunMode;
import be.draaischijf.partner.api.MatchRequest;
import be.draaischijf.partner.api.OfferMatch;
import be.draaischijf.referral.api.AgeBand;
import be.draaischijf.referral.api.AuditEntry;
import be.draaischijf.referral.api.CaseAccessGrant;
import be.draaischijf.referral.api.OfferReferralStatus;
import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.referral.api.CaseFilter;
import be.draaischijf.referral.api.CaseOutcome;
import be.draaischijf.referral.api.CaseSort;
import be.draaischijf.referral.api.Channel;
import be.draaischijf.referral.api.ConsentChange;
import be.draaischijf.referral.api.EventKind;
import be.draaischijf.referral.api.EventMessage;
import be.draaischijf.referral.api.EventValue;
import be.draaischijf.referral.api.EventValue.Type;
import be.draaischijf.referral.api.Intake;
import be.draaischijf.referral.api.IntakeReceipt;
import be.draaischijf.referral.api.LegalGround;
import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.referral.api.ReferralRecipients;
import be.draaischijf.referral.api.ReferrerDetails;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.api.ReferralSummary;
import be.draaischijf.referral.api.UnmetNeedDraft;
import be.draaischijf.referral.control.Actor;
import be.draaischijf.referral.control.CaseAccess;
import be.draaischijf.referral.control.CaseRecords;
import be.draaischijf.referral.control.CaseSearch;
import be.draaischijf.referral.control.ContactPointDirectory;
import be.draaischijf.referral.entity.ContactPoint;
import be.draaischijf.referral.control.ReferenceCodes;
import be.draaischijf.referral.control.WorkingDays;
import be.draaischijf.referral.entity.AccessGrant;
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
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

@Stateless
// any logged-in person: the module decides what of a case they may see (out of scope is "unknown") and change
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.PARTNER, Roles.PROFESSIONAL})
@Interceptors(ParameterValidation.class)
public class ReferralCasesBean implements ReferralCases {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** How long a keyed intake waits for another one to its contact point before it is {@link Busy} (ADR 0049). */
    static final java.time.Duration INTAKE_LOCK_TIMEOUT = java.time.Duration.ofSeconds(10);

    @PersistenceContext(unitName = "referral")
    EntityManager em;

    @EJB
    Accounts accounts;

    @EJB
    Offers offers;

    @Inject
    @ConfigProperty(name = "draaischijf.referrals.triage-working-days", defaultValue = "2")
    int triageWorkingDays;

    @Inject
    @ConfigProperty(name = "draaischijf.referrals.reply-working-days", defaultValue = "5")
    int replyWorkingDays;

    @Inject
    Caller caller;

    @Inject
    CaseRecords records;

    @Inject
    CaseSearch search;

    @Inject
    ReferenceCodes codes;

    @Inject
    ContactPointDirectory contactPoints;

    /** Intakes on /metrics (ADR 0052); module tests build the bean without the server's. */
    @Inject
    Metrics metrics = Metrics.none();

    Clock clock = Clock.system(BRUSSELS);

    java.util.function.BooleanSupplier demoMode = RunMode::isDemo;

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public Map<ReferralStatus, Long> countByStatus(UUID contactPointId) {
        Map<ReferralStatus, Long> counts = new EnumMap<>(ReferralStatus.class);
        for (ReferralStatus status : ReferralStatus.values()) {
            counts.put(status, 0L);
        }
        (contactPointId == null
                ? em.createQuery("select r.status, count(r) from Referral r group by r.status", Object[].class)
                : em.createQuery("select r.status, count(r) from Referral r where r.contactPointId = :point group by r.status",
                        Object[].class).setParameter("point", contactPointId))
                .getResultStream()
                .forEach(row -> counts.put((ReferralStatus) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    @RolesAllowed({Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.ADMIN})
    public ReferralSummary submit(Intake intake) {
        return submit(intake, null).summary();
    }

    @Override
    @RolesAllowed({Roles.PROFESSIONAL, Roles.COORDINATOR, Roles.ADMIN})
    public IntakeReceipt submit(Intake intake, String requestKey) {
        Actor actor = records.actor();
        if (!actor.professional() && !actor.staff()) {
            throw new NotPermitted("referral.intake.not-permitted");
        }
        Intake received = actor.staff() ? (intake.channel() == null ? intake.withChannel(Channel.PHONE) : intake)
                : intake.withChannel(Channel.WEB);
        String storedKey = requestKey == null ? null : RequestKeys.stored(requestKey);
        String fingerprint = requestKey == null ? null : fingerprint(actor.username(), received);
        if (storedKey != null) {
            // a retry answers before anything else: also when a code was deactivated since the first time
            Optional<IntakeReceipt> done = replay(actor.username(), storedKey, fingerprint);
            if (done.isPresent()) {
                return done.get();
            }
        }
        codes.check(intake, LocalDate.now(clock));
        // the contact point serving the young person's district takes the case; the city-wide one otherwise
        ContactPoint point = contactPoints.serving(received.district());
        if (storedKey != null) {
            // the same intake twice at the same moment (a client that retried before the first answer came): both
            // take the contact point's row, one after the other; the second then finds the first one's case
            lockForIntake(point);
            Optional<IntakeReceipt> done = replay(actor.username(), storedKey, fingerprint);
            if (done.isPresent()) {
                return done.get();
            }
        }
        // to the microsecond, as the database keeps it: a retry answers the same moment of receipt (ADR 0049)
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        LocalDate today = LocalDate.now(clock);
        Number next = (Number) em.createNativeQuery("select nextval('referral_reference_seq')").getSingleResult();
        String reference = "DS-" + today.getYear() + "-" + String.format("%04d", next.longValue());
        Referral referral = new Referral(reference, actor.username(), received, point.getId(), now,
                WorkingDays.after(today, triageWorkingDays));
        em.persist(referral);
        if (storedKey != null) {
            referral.createdByRequest(storedKey, fingerprint);
            try {
                em.flush();
            } catch (PersistenceException e) {
                // the unique (caller, key) behind the lock above, met only when the contact points changed in between:
                // nothing is saved, and the client's next try answers the case that has the key (or refuses this intake)
                if (violatesRequestKey(e)) {
                    throw new Busy("referral.intake.busy");
                }
                throw e;
            }
        }
        EventValue consent = EventValue.number(referral.hasConsent() ? 1 : 0);
        records.changed(referral, actor.username(), EventKind.INTAKE, actor.staff()
                ? EventMessage.of("event.intake.contactPoint", EventValue.of(Type.CHANNEL, received.channel()), consent,
                        EventValue.name(point.getName()))
                : EventMessage.of("event.intake.web", consent, EventValue.name(point.getName())), null, now);
        em.flush();
        records.send(records.mails().confirmation(referral.getReferrerEmail(), reference, referral.getId()));
        records.send(records.mails().newCase(records.contactPointAddresses(point), reference, point.getName(),
                referral.getId()));
        metrics.intake();
        return new IntakeReceipt(referral.toSummary(today), false);
    }

    /**
     * The case this caller's key made, as a retry answers it; empty when the key is new.
     *
     * @throws RequestKeyReused the key made a case from another intake
     */
    private Optional<IntakeReceipt> replay(String username, String storedKey, String fingerprint) {
        Optional<Referral> made = em.createQuery("select r from Referral r where r.referrerUsername = :u"
                        + " and r.requestKey = :key", Referral.class)
                .setParameter("u", username).setParameter("key", storedKey)
                .getResultStream().findFirst();
        if (made.isEmpty()) {
            return Optional.empty();
        }
        if (!made.get().getRequestFingerprint().equals(fingerprint)) {
            throw new RequestKeyReused();
        }
        return Optional.of(new IntakeReceipt(made.get().toSummary(LocalDate.now(clock)), true));
    }

    /**
     * The fingerprint of an intake (ADR 0049): the caller and every field as received (the channel as the module sets
     * it), so that the same key with anything else is another request.
     */
    static String fingerprint(String username, Intake received) {
        return RequestKeys.fingerprint(username, received.referrerName(), received.referrerOrganisation(),
                received.referrerSector(), received.referrerFunction(), received.referrerEmail(), received.referrerPhone(),
                received.youngFirstName(), received.youngLastName(), received.youngBirthDate(), received.postcode(),
                received.district(), received.school(), received.schoolYear(), received.schoolStatus(), received.question(),
                received.problemAreas(), received.alreadyTried(), received.urgency(), received.consentYoungPerson(),
                received.consentParent(), received.consentDate(), received.consentMethod(), received.channel());
    }

    /**
     * Takes the contact point's row until the transaction ends (select … for update), so that keyed intakes for it
     * follow each other; a lock not had in time is {@link Busy} (nothing saved, a retry works).
     */
    private void lockForIntake(ContactPoint point) {
        try {
            // how long to wait: PostgreSQL for this transaction, H2 for the connection (as the training module does)
            org.hibernate.dialect.Dialect dialect = em.unwrap(org.hibernate.engine.spi.SharedSessionContractImplementor.class)
                    .getJdbcServices().getDialect();
            if (dialect instanceof org.hibernate.dialect.PostgreSQLDialect) {
                em.createNativeQuery("set local lock_timeout = '" + INTAKE_LOCK_TIMEOUT.toMillis() + "ms'").executeUpdate();
            } else if (dialect instanceof org.hibernate.dialect.H2Dialect) {
                em.createNativeQuery("set lock_timeout " + INTAKE_LOCK_TIMEOUT.toMillis()).executeUpdate();
            }
            em.createNativeQuery("select id from contact_point where id = ?1 for update")
                    .setParameter(1, point.getId()).getResultList();
        } catch (PersistenceException e) {
            if (isLockTimeout(e)) {
                throw new Busy("referral.intake.busy");
            }
            throw e;
        }
    }

    /** Whether the exception (or one behind it) is the unique (caller, request key) of a case. */
    private static boolean violatesRequestKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
                String name = violation.getConstraintName();
                return name == null || name.toLowerCase(java.util.Locale.ROOT).contains("referral_request_key_uk");
            }
        }
        return false;
    }

    /** PostgreSQL's lock_not_available (55P03), H2's lock timeout (50200), whatever Hibernate wrapped them in. */
    private static boolean isLockTimeout(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof jakarta.persistence.LockTimeoutException || cause instanceof jakarta.persistence.PessimisticLockException
                    || cause instanceof org.hibernate.exception.LockTimeoutException
                    || cause instanceof org.hibernate.PessimisticLockException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && ("55P03".equals(sql.getSQLState()) || sql.getErrorCode() == 50200)) {
                return true;
            }
        }
        return false;
    }

    @Override
    @RolesAllowed(Roles.COORDINATOR) // not administrators: the list names young people (ADR 0042)
    public List<ReferralSummary> workbench(CaseFilter filter, CaseSort sort, boolean ascending, int offset, int size) {
        Actor actor = records.caseWorker();
        List<ReferralSummary> page = search.page(filter, sort, ascending, offset, size, LocalDate.now(clock));
        // the page shows each young person's name: a read of every case on it (a search's too), in each case's log
        records.auditEach(page.stream().map(ReferralSummary::id).toList(), actor.username(), AuditRecord.READ,
                EventMessage.of("audit.listed"), clock.instant());
        return page;
    }

    @Override
    @RolesAllowed(Roles.COORDINATOR) // a search's count says whether someone has a case: the workbench's, not the admin's
    public long count(CaseFilter filter) {
        records.caseWorker();
        return search.count(filter, LocalDate.now(clock));
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
    @RolesAllowed(Roles.PROFESSIONAL)
    public Optional<ReferrerDetails> myLastReferrerDetails() {
        // only questions the caller sent themselves (the web form): one a coordinator entered names someone else
        return em.createQuery("select new be.draaischijf.referral.api.ReferrerDetails(r.referrerOrganisation,"
                        + " r.referrerSector, r.referrerFunction, r.referrerPhone) from Referral r"
                        + " where r.referrerUsername = :u and r.channel = :web order by r.receivedAt desc, r.id desc",
                        ReferrerDetails.class)
                .setParameter("u", caller.requireName())
                .setParameter("web", Channel.WEB)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public CaseDetail open(UUID id) {
        Actor actor = records.actor();
        Referral referral = records.visibleCase(id, actor);
        Instant now = clock.instant();
        records.audit(referral.getId(), actor.username(), AuditRecord.READ,
                EventMessage.of(actor.staff() ? "audit.caseOpened" : "audit.ownCaseViewed"), now);
        return records.detail(referral, actor, LocalDate.now(clock));
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<AuditEntry> audit(UUID id) {
        Actor actor = records.coordinator();
        // the log holds who, when and what kind, never a case's contents: an administrator reads it without a grant
        Referral referral = records.caseOfAuditLog(id, actor);
        records.audit(referral.getId(), actor.username(), AuditRecord.READ, EventMessage.of("audit.auditViewed"), clock.instant());
        return em.createQuery("select a from AuditRecord a where a.referralId = :id order by a.at desc, a.id", AuditRecord.class)
                .setParameter("id", id).setMaxResults(1000)
                .getResultStream().map(AuditRecord::toEntry).toList();
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<OfferMatch> matches(UUID id, int limit) {
        Actor actor = records.coordinator();
        Referral referral = records.visibleCase(id, actor);
        // matching reads the young person's age, district and problem areas: a read of the case, logged as such
        records.audit(referral.getId(), actor.username(), AuditRecord.READ, EventMessage.of("audit.matchesSearched"), clock.instant());
        CaseRecords.requireNotAnonymised(referral);
        int age = referral.ageOn(LocalDate.now(clock));
        if (!AgeBand.served(age)) {
            throw new NotAllowedNow("referral.case.matches.age-out-of-range");
        }
        if (referral.getProblemAreas().isEmpty()) {
            throw new NotAllowedNow("referral.case.matches.no-problem-areas");
        }
        return offers.match(new MatchRequest(age, referral.getDistrict(), Set.copyOf(referral.getProblemAreas()), null), limit);
    }

    @Override
    public CaseDetail changeStatus(UUID id, int version, ReferralStatus to, CaseOutcome outcome, String note) {
        Actor actor = records.actor();
        Referral referral = records.caseToChange(id, actor, version);
        if (note != null && !note.isBlank()) {
            // an anonymised case may still be closed, but takes no new text about the young person (ADR 0043)
            CaseRecords.requireNotAnonymised(referral);
        }
        Instant now = clock.instant();
        ReferralStatus from = referral.getStatus();
        referral.moveTo(to, outcome, now);
        if (to == ReferralStatus.IN_ANALYSIS && referral.getCoordinator() == null) {
            referral.assign(actor.username(), referral.getFollowUpOn(), now);
        }
        EventMessage moved = EventMessage.of("event.status", EventValue.of(Type.STATUS, from), EventValue.of(Type.STATUS, to));
        records.changed(referral, actor.username(), EventKind.STATUS, outcome == null ? moved
                : new EventMessage("event.status.outcome", moved.values()).with(EventValue.of(Type.OUTCOME, outcome)), note, now);
        return saved(referral, actor);
    }

    @Override
    public CaseDetail assign(UUID id, int version, String coordinator, LocalDate followUpOn) {
        Actor actor = records.actor();
        Referral referral = records.caseToChange(id, actor, version);
        AccountView assignee = accounts.find(coordinator)
                .filter(a -> a.roles().contains(Role.COORDINATOR) || a.roles().contains(Role.ADMIN))
                .orElseThrow(() -> new Invalid(FieldError.of("coordinator", "referral.coordinator.unknown")));
        Instant now = clock.instant();
        referral.assign(assignee.username(), followUpOn, now);
        EventValue who = EventValue.name(assignee.displayName() == null ? assignee.username() : assignee.displayName());
        records.changed(referral, actor.username(), EventKind.ASSIGNED, followUpOn == null
                ? EventMessage.of("event.assigned", who)
                : EventMessage.of("event.assigned.followUp", who, EventValue.date(followUpOn)), null, now);
        return saved(referral, actor);
    }

    @Override
    public CaseDetail passToContactPoint(UUID id, int version, UUID contactPointId) {
        Actor actor = records.actor();
        Referral referral = records.caseToChange(id, actor, version);
        ContactPoint to = contactPoints.require(contactPointId);
        if (to.getId().equals(referral.getContactPointId())) {
            throw new Invalid(FieldError.of("contactPointId", "referral.contact-point.same"));
        }
        ContactPoint from = contactPoints.require(referral.getContactPointId());
        Instant now = clock.instant();
        referral.passTo(to.getId(), now);
        records.changed(referral, actor.username(), EventKind.CONTACT_POINT, EventMessage.of("event.contactPoint",
                EventValue.name(from.getName()), EventValue.name(to.getName())), null, now);
        CaseDetail saved = saved(referral, actor);
        records.send(records.mails().passedOn(records.contactPointAddresses(to), referral.getReference(), from.getName(),
                to.getName(), referral.getId()));
        return saved;
    }

    @Override
    public CaseDetail addNote(UUID id, EventKind kind, String text) {
        Actor actor = records.actor();
        Referral referral = records.visibleCase(id, actor);
        if (!actor.staff()) {
            throw new NotPermitted("referral.note.coordinators-only");
        }
        if (kind != EventKind.NOTE && kind != EventKind.CALL && kind != EventKind.EMAIL) {
            throw new Invalid(FieldError.of("kind", "referral.note.kind"));
        }
        CaseRecords.requireNotAnonymised(referral);
        records.changed(referral, actor.username(), kind, null, text, clock.instant());
        em.flush();
        return records.detail(referral, actor, LocalDate.now(clock));
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public CaseDetail recordConsent(UUID id, int version, ConsentChange change) {
        Actor actor = records.actor();
        Referral referral = records.caseToChange(id, actor, version);
        CaseRecords.requireNotAnonymised(referral);
        if (change.on().isAfter(LocalDate.now(clock))) {
            throw new Invalid(FieldError.of("on", "referral.consent.on.past-or-present"));
        }
        Instant now = clock.instant();
        boolean given = change.gives();
        referral.recordConsent(change.by(), given, change.on(), change.method(), now);
        // in words on the timeline and in the audit log: who, given or withdrawn, the day, how
        String key = given ? "event.consent.given"
                : referral.hasConsent() ? "event.consent.withdrawn.youngPersonStill" : "event.consent.withdrawn";
        records.changed(referral, actor.username(), EventKind.CONSENT, EventMessage.of(key,
                EventValue.of(Type.CONSENT_GIVER, change.by()), EventValue.date(change.on()),
                EventValue.of(Type.CONSENT_METHOD, change.method())), null, now);
        return saved(referral, actor);
    }

    @Override
    public CaseDetail recordSharingGround(UUID id, int version, LegalGround ground) {
        Actor actor = records.actor();
        Referral referral = records.caseToChange(id, actor, version);
        CaseRecords.requireNotAnonymised(referral);
        if (ground == LegalGround.CONSENT && !referral.hasConsent()) {
            throw new NotAllowedNow("referral.sharing.no-consent");
        }
        Instant now = clock.instant();
        referral.recordSharingGround(ground, now);
        records.changed(referral, actor.username(), EventKind.NOTE,
                EventMessage.of("event.sharingGround", EventValue.of(Type.LEGAL_GROUND, ground)), null, now);
        return saved(referral, actor);
    }

    @Override
    public CaseDetail refer(UUID id, int version, UUID offerId) {
        Actor actor = records.actor();
        Referral referral = records.caseToChange(id, actor, version);
        CaseRecords.requireNotAnonymised(referral);
        if (!referral.mayShareWithPartners()) {
            throw NotAllowedNow.because("NO_LEGAL_GROUND", "referral.sharing.refused");
        }
        OfferView offer = offers.find(offerId)
                .orElseThrow(() -> new Invalid(FieldError.of("offerId", "referral.offer.unknown")));
        boolean already = em.createQuery("select count(o) from OfferReferral o where o.referral = :r and o.offerId = :offer"
                        + " and o.status in :open", Long.class)
                .setParameter("r", referral).setParameter("offer", offerId)
                .setParameter("open", OfferReferralStatus.running())
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
        records.changed(sent, actor.username(), EventKind.REFERRED, EventMessage.of("event.referred",
                EventValue.name(offer.name()), EventValue.name(offer.organisationName()), EventValue.date(replyBy)), null, now);
        CaseDetail detail = saved(referral, actor);
        records.send(records.mails().newReferral(records.staffAddresses(offer.organisationId()),
                referral.getReference(), offer.name(), replyBy, sent.getId()));
        return detail;
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public ReferralRecipients whoIsTold(UUID id, UUID offerId) {
        Actor actor = records.coordinator();
        Referral referral = records.visibleCase(id, actor);
        OfferView offer = offers.find(offerId)
                .orElseThrow(() -> new Invalid(FieldError.of("offerId", "referral.offer.unknown")));
        Intake intake = referral.toIntake();
        List<String> staff = records.staff(offer.organisationId()).stream()
                .map(a -> a.displayName() == null || a.displayName().isBlank() ? a.username() : a.displayName())
                .toList();
        // as refer() does it: the organisation's partner staff are mailed, the referrer is not; a professional who
        // sent the question themselves sees the referral among their own questions
        return new ReferralRecipients(offer.name(), offer.organisationName(), staff, intake.referrerName(), false,
                intake.channel() == Channel.WEB && referral.getReferrerUsername() != null);
    }

    @Override
    public CaseDetail recordUnmetNeed(UUID id, int version, UnmetNeedDraft need) {
        Actor actor = records.actor();
        Referral referral = records.caseToChange(id, actor, version);
        CaseRecords.requireNotAnonymised(referral);
        codes.requireProblemArea(need.problemArea());
        Instant now = clock.instant();
        if (referral.getStatus() != ReferralStatus.UNMET_NEED) {
            referral.moveTo(ReferralStatus.UNMET_NEED, null, now);
        } else {
            referral.touch(now);
        }
        em.persist(new UnmetNeed(referral.getId(), actor.username(), need, now));
        EventMessage unmet = EventMessage.of("event.unmetNeed", EventValue.of(Type.PROBLEM_AREA, need.problemArea()),
                EventValue.of(Type.UNMET_NEED_REASON, need.reason()));
        records.changed(referral, actor.username(), EventKind.UNMET_NEED, need.waitingWeeks() == null ? unmet
                : new EventMessage("event.unmetNeed.waiting", unmet.values()).with(EventValue.number(need.waitingWeeks())),
                null, now);
        return saved(referral, actor);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public CaseDetail link(UUID id, UUID other) {
        Actor actor = records.coordinator();
        Referral referral = records.visibleCase(id, actor);
        Referral duplicate = records.visibleCase(other, actor);
        if (referral.getId().equals(duplicate.getId())) {
            throw new Invalid(FieldError.of("other", "referral.link.self"));
        }
        CaseRecords.requireNotAnonymised(referral);
        CaseRecords.requireNotAnonymised(duplicate);
        Instant now = clock.instant();
        referral.link(duplicate.getId());
        duplicate.link(referral.getId());
        records.changed(referral, actor.username(), EventKind.LINKED,
                EventMessage.of("event.linked", EventValue.name(duplicate.getReference())), null, now);
        records.changed(duplicate, actor.username(), EventKind.LINKED,
                EventMessage.of("event.linked", EventValue.name(referral.getReference())), null, now);
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

    @Override
    @RolesAllowed(Roles.ADMIN)
    public CaseAccessGrant breakGlass(UUID id, String reason) {
        Actor actor = records.actor();
        if (!actor.needsGrant()) {
            throw new NotAllowedNow("referral.break-glass.not-needed");
        }
        // the API's constraints say the same (ParameterValidation); here also without the blanks around the reason
        if (reason == null) {
            throw new Invalid(FieldError.of("reason", "referral.break-glass.reason.required"));
        }
        String written = reason.strip();
        if (written.length() < CaseAccess.REASON_MIN || written.length() > CaseAccess.REASON_MAX) {
            throw new Invalid(new FieldError("reason", "referral.break-glass.reason.size",
                    Map.<String, java.io.Serializable>of("min", CaseAccess.REASON_MIN, "max", CaseAccess.REASON_MAX)));
        }
        Referral referral = em.find(Referral.class, id);
        if (referral == null) {
            throw new NotFound("referral.case.unknown");
        }
        // an anonymised case has nothing left to read; its reason would be new text about the young person (ADR 0043)
        CaseRecords.requireNotAnonymised(referral);
        Instant now = clock.instant();
        AccessGrant grant = records.access().grant(referral.getId(), actor.username(), written, now);
        java.time.LocalDateTime until = java.time.LocalDateTime.ofInstant(grant.getExpiresAt(), BRUSSELS);
        // the timeline says who opened the case until when, with the reason they wrote; the audit log says the same
        // without the reason (it never holds free text, ADR 0040): the grant keeps it
        records.event(referral.getId(), actor.username(), EventKind.BREAK_GLASS, EventMessage.of("event.breakGlass",
                EventValue.name(actor.shownName()), EventValue.moment(until)), written, now);
        records.audit(referral.getId(), actor.username(), AuditRecord.READ,
                EventMessage.of("audit.breakGlass", EventValue.moment(until)), now);
        em.flush();
        records.send(records.mails().openedByAdministrator(records.coordinatorAddresses(referral), referral.getReference(),
                actor.shownName(), java.time.LocalDateTime.ofInstant(now, BRUSSELS), until, written, referral.getId()));
        return grant.toView(referral.getReference());
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Optional<CaseAccessGrant> liveGrant(UUID id) {
        Actor actor = records.actor();
        Referral referral = em.find(Referral.class, id);
        if (referral == null) {
            return Optional.empty();
        }
        return records.access().holding(referral.getId(), actor.username()).map(grant -> grant.toView(referral.getReference()));
    }

    private CaseDetail saved(Referral referral, Actor actor) {
        records.flush(CaseRecords.CASE, referral.getReference());
        return records.detail(referral, actor, LocalDate.now(clock));
    }


}
