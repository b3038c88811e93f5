package be.draaischijf.training.boundary;

import be.draaischijf.training.control.ParticipantLists;
import be.draaischijf.training.control.ParticipantMailings;
import be.draaischijf.training.control.RegistrationOutcomes;
import be.draaischijf.training.control.TrainingRecords;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.Busy;
import be.draaischijf.platform.refusal.RequestKeyReused;
import be.draaischijf.platform.RequestKeys;
import be.draaischijf.identity.api.Roles;
import be.draaischijf.platform.mail.Outbox;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.platform.OneTimeTokens;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.partner.api.ReferenceLists;
import be.draaischijf.training.api.Attendance;
import be.draaischijf.training.api.AttendanceCount;
import be.draaischijf.training.api.CancelOutcome;
import be.draaischijf.training.api.ParticipantRow;
import be.draaischijf.training.api.RegistrationForm;
import be.draaischijf.training.api.RegistrationReceipt;
import be.draaischijf.training.api.RegistrationResult;
import be.draaischijf.training.api.RegistrationStatus;
import be.draaischijf.training.api.RegistrationView;
import be.draaischijf.training.api.SessionRegistrations;
import be.draaischijf.training.api.SessionStatus;
import be.draaischijf.training.api.SessionView;
import be.draaischijf.training.control.TrainingMails;
import be.draaischijf.training.entity.Registration;
import be.draaischijf.training.entity.SessionDay;
import be.draaischijf.training.entity.TrainingSession;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registrations. Every change to a session's seats or waiting list runs under that session row's lock
 * (ADR 0016), so the rules hold however many people register at once.
 */
@Stateless
@PermitAll
@Interceptors(ParameterValidation.class)
public class SessionRegistrationsBean implements SessionRegistrations {

    /** One active registration per address and session (REST: 409 with reason ALREADY_REGISTERED). */
    private static final java.util.function.Supplier<NotAllowedNow> ALREADY_REGISTERED =
            () -> NotAllowedNow.because("ALREADY_REGISTERED", "training.registration.already");

    private static final Logger LOG = Logger.getLogger(SessionRegistrationsBean.class.getName());

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Inject
    TrainingRecords records;

    @EJB
    ReferenceLists referenceLists;

    @Inject
    ParticipantLists lists;

    @Inject
    ParticipantMailings mailings;

    @Inject
    Outbox outbox;

    Clock clock = Clock.systemUTC();

    /** How long a registration or cancellation waits for the session's lock (tests make it short). */
    Duration lockTimeout = TrainingRecords.LOCK_TIMEOUT;

    @Override
    @Interceptors(RegistrationOutcomes.class) // how it ended, on /metrics (ADR 0052)
    public RegistrationResult register(UUID sessionId, RegistrationForm form) {
        return register(sessionId, form, null).result();
    }

    @Override
    @Interceptors(RegistrationOutcomes.class) // also this one: the call above is the bean's own, which no interceptor sees
    public RegistrationReceipt register(UUID sessionId, RegistrationForm form, String requestKey) {
        String storedKey = requestKey == null ? null : RequestKeys.stored(requestKey);
        String fingerprint = requestKey == null ? null : fingerprint(sessionId, form);
        if (storedKey != null) {
            // a retry answers before anything else, without waiting for the session: also in a rush, also after the
            // window closed or a sector was deactivated since the first time
            Optional<RegistrationReceipt> done = replay(sessionId, storedKey, fingerprint, requestKey);
            if (done.isPresent()) {
                return done.get();
            }
        }
        if (form.sector() != null && !form.sector().isBlank() && !ReferenceItem.isActive(referenceLists.items(ReferenceList.SECTOR), form.sector())) {
            throw new Invalid(FieldError.of("sector", "draaischijf.sector.unknown"));
        }
        TrainingSession session = records.locked(sessionId, lockTimeout);
        if (storedKey != null) {
            // the same request twice at the same moment: the second waited for the session's lock and now finds the
            // first one's registration
            Optional<RegistrationReceipt> done = replay(sessionId, storedKey, fingerprint, requestKey);
            if (done.isPresent()) {
                return done.get();
            }
        }
        Instant now = clock.instant();
        refuseClosed(session, now);
        long active = em.createQuery("select count(r) from Registration r where r.sessionId = :session and r.activeEmail = :email",
                        Long.class)
                .setParameter("session", sessionId).setParameter("email", Registration.normalised(form.email()))
                .getSingleResult();
        if (active > 0) {
            throw ALREADY_REGISTERED.get();
        }
        Registration registration;
        Integer position = null;
        if (session.getConfirmedCount() < session.getCapacity() && session.getWaitingCount() == 0) {
            session.seatTaken();
            registration = Registration.confirmed(sessionId, form, now);
        } else {
            registration = Registration.waiting(sessionId, form, session.joinQueue(), now);
            position = session.getWaitingCount();
        }
        if (storedKey != null) {
            registration.madeByRequest(storedKey, fingerprint);
        }
        em.persist(registration);
        String token = records.newToken(registration.getId(), requestKey, now);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // the unique (session, active e-mail) behind the check above; with the lock it should not come to this
            if (violates(e, "training_registration_active_uk")) {
                throw ALREADY_REGISTERED.get();
            }
            // the unique (session, request key): likewise; nothing is saved, and the next try answers the registration
            if (violates(e, "training_registration_request_key_uk")) {
                throw new Busy("training.session.busy");
            }
            throw e;
        }
        SessionView view = session.toView(now);
        TrainingMails mails = records.mails();
        outbox.queue("training", List.of(position == null
                ? mails.confirmation(registration.getEmail(), registration.getFirstName(), view, token, ics(view, now))
                : mails.waitingList(registration.getEmail(), registration.getFirstName(), view, position, token)));
        return new RegistrationReceipt(new RegistrationResult(registration.getId(), registration.getStatus(), position, token),
                false);
    }

    /**
     * The registration this key made for this session, as a retry answers it: as it is now (its place on the waiting
     * list now), with the link the first answer gave; empty when the key is new here.
     *
     * @throws RequestKeyReused the key made a registration from another form
     */
    private Optional<RegistrationReceipt> replay(UUID sessionId, String storedKey, String fingerprint, String requestKey) {
        Optional<Registration> made = em.createQuery("select r from Registration r where r.sessionId = :session"
                        + " and r.requestKey = :key", Registration.class)
                .setParameter("session", sessionId).setParameter("key", storedKey)
                .getResultStream().findFirst();
        if (made.isEmpty()) {
            return Optional.empty();
        }
        Registration registration = made.get();
        if (!registration.getRequestFingerprint().equals(fingerprint)) {
            throw new RequestKeyReused();
        }
        Integer position = registration.getStatus() == RegistrationStatus.WAITLISTED ? records.position(registration) : null;
        return Optional.of(new RegistrationReceipt(new RegistrationResult(registration.getId(), registration.getStatus(),
                position, TrainingRecords.keyedToken(registration.getId(), requestKey)), true));
    }

    /** The fingerprint of a registration request (ADR 0049): the session and every field of the form as sent. */
    static String fingerprint(UUID sessionId, RegistrationForm form) {
        return RequestKeys.fingerprint(sessionId, form.firstName(), form.lastName(), form.email(), form.organisation(),
                form.sector(), form.function(), form.remarks(), form.privacyConsent());
    }

    @Override
    public Optional<RegistrationView> findByToken(String token) {
        return registrationOf(token).map(registration -> {
            TrainingSession session = em.find(TrainingSession.class, registration.getSessionId());
            Integer position = registration.getStatus() == RegistrationStatus.WAITLISTED
                    ? records.position(registration) : null;
            boolean cancellable = registration.getStatus() != RegistrationStatus.CANCELLED
                    && session.takesCancellationsAt(clock.instant());
            return new RegistrationView(registration.getId(), registration.getStatus(), position, registration.getFirstName(),
                    registration.getLastName(), registration.getEmail(), registration.getRegisteredAt(),
                    registration.getCancelledAt(), session.toSummary(), cancellable);
        });
    }

    @Override
    public CancelOutcome cancel(String token) {
        Object[] ids = em.createQuery("select r.id, r.sessionId from RegistrationToken t, Registration r"
                        + " where t.registrationId = r.id and t.tokenHash = :hash", Object[].class)
                .setParameter("hash", OneTimeTokens.hash(token)).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("training.link.unknown"));
        return cancelUnderLock((UUID) ids[1], (UUID) ids[0], false);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public CancelOutcome cancelRegistration(UUID registrationId) {
        records.coordinator();
        UUID sessionId = em.createQuery("select r.sessionId from Registration r where r.id = :id", UUID.class)
                .setParameter("id", registrationId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("training.registration.unknown"));
        return cancelUnderLock(sessionId, registrationId, true);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<ParticipantRow> participants(UUID sessionId, RegistrationStatus status, int offset, int size) {
        return participants(sessionId, status, null, offset, size);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public long countParticipants(UUID sessionId, RegistrationStatus status) {
        return countParticipants(sessionId, status, null);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<ParticipantRow> participants(UUID sessionId, RegistrationStatus status, String name, int offset,
                                             int size) {
        records.coordinator();
        return lists.page(existing(sessionId), status, name, offset, size, clock.instant());
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public long countParticipants(UUID sessionId, RegistrationStatus status, String name) {
        records.coordinator();
        existing(sessionId);
        return lists.count(sessionId, status, name);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public AttendanceCount attendance(UUID sessionId) {
        records.coordinator();
        existing(sessionId);
        return lists.attendance(sessionId);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<ParticipantRow> exportRows(UUID sessionId) {
        records.coordinator();
        return lists.all(existing(sessionId), clock.instant());
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public ParticipantRow recordAttendance(UUID registrationId, Attendance attendance) {
        records.coordinator();
        int changed = em.createQuery("update Registration r set r.attendance = :attendance where r.id = :id and r.status = :confirmed")
                .setParameter("attendance", attendance).setParameter("id", registrationId)
                .setParameter("confirmed", RegistrationStatus.CONFIRMED).executeUpdate();
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null) {
            throw new NotFound("training.registration.unknown");
        }
        if (changed == 0) {
            throw new NotAllowedNow("training.attendance.confirmed-only");
        }
        TrainingSession session = existing(registration.getSessionId());
        return registration.toRow(null, !clock.instant().isBefore(session.getEndsAt()));
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public int mailParticipants(UUID sessionId, String subject, String text, boolean includeWaiting) {
        records.coordinator();
        Instant now = clock.instant();
        return mailings.fromOrganiser(existing(sessionId).toView(now), subject, text, includeWaiting, now);
    }

    @Override
    public int sendReminders() {
        return mailings.reminders(clock.instant());
    }

    private CancelOutcome cancelUnderLock(UUID sessionId, UUID registrationId, boolean byOrganiser) {
        TrainingSession session = records.locked(sessionId, lockTimeout);
        Instant now = clock.instant();
        // read after the lock: a concurrent cancel of the same registration is seen here
        Registration registration = em.find(Registration.class, registrationId);
        if (registration.getStatus() == RegistrationStatus.CANCELLED) {
            return CancelOutcome.ALREADY_CANCELLED;
        }
        if (!session.takesCancellationsAt(now)) {
            throw new NotAllowedNow(session.getStatus() == SessionStatus.CANCELLED
                    ? "training.cancel.session-cancelled" : "training.cancel.too-late");
        }
        boolean hadSeat = registration.getStatus() == RegistrationStatus.CONFIRMED;
        registration.cancel(now);
        List<Mailer.Mail> out = new ArrayList<>();
        TrainingMails mails = records.mails();
        List<Registration> promoted = List.of();
        if (hadSeat) {
            session.seatFreed();
            em.flush(); // the freed active e-mail before anyone is promoted
            promoted = records.promote(session, now);
        } else {
            session.leftQueue();
        }
        SessionView view = session.toView(now);
        if (byOrganiser) {
            out.add(mails.cancelledByOrganiser(registration.getEmail(), registration.getFirstName(), view, !hadSeat,
                    records.newToken(registration.getId(), now)));
        }
        Mailer.Attachment ics = promoted.isEmpty() ? null : ics(view, now);
        for (Registration next : promoted) {
            String token = records.newToken(next.getId(), now);
            out.add(mails.promoted(next.getEmail(), next.getFirstName(), view, token, ics));
        }
        outbox.queue("training", out);
        return hadSeat ? CancelOutcome.CANCELLED : CancelOutcome.LEFT_WAITING_LIST;
    }

    private void refuseClosed(TrainingSession session, Instant now) {
        switch (session.getStatus()) {
            case DRAFT -> throw new NotFound("training.session.unknown");
            case CANCELLED -> throw NotAllowedNow.because("SESSION_CANCELLED", "training.registration.session-cancelled");
            case DONE -> throw NotAllowedNow.because("NOT_PUBLISHED", "training.registration.session-over");
            case PUBLISHED -> {
                if (!session.takesRegistrationsAt(now)) {
                    SessionView view = session.toView(now);
                    if (view.registrationOpens() != null && now.isBefore(view.registrationOpens().atZone(SessionDay.BRUSSELS).toInstant())) {
                        throw NotAllowedNow.because("NOT_OPEN_YET", "training.registration.not-open-yet",
                                view.registrationOpens());
                    }
                    throw NotAllowedNow.because("CLOSED", "training.registration.closed");
                }
            }
            default -> throw new IllegalStateException(session.getStatus().name());
        }
    }

    private Optional<Registration> registrationOf(String token) {
        return em.createQuery("select r from RegistrationToken t, Registration r where t.registrationId = r.id"
                        + " and t.tokenHash = :hash", Registration.class)
                .setParameter("hash", OneTimeTokens.hash(token)).getResultStream().findFirst();
    }

    private TrainingSession existing(UUID id) {
        TrainingSession session = em.find(TrainingSession.class, id);
        if (session == null) {
            throw new NotFound("training.session.unknown");
        }
        return session;
    }

    /** Whether the exception (or one behind it) is a violation of this unique constraint. */
    private static boolean violates(Throwable e, String constraint) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
                String name = violation.getConstraintName();
                return name == null || name.toLowerCase(Locale.ROOT).contains(constraint);
            }
        }
        return false;
    }

    private Mailer.Attachment ics(SessionView view, Instant now) {
        return records.calendar().attachment(view, List.of(), now);
    }
}
