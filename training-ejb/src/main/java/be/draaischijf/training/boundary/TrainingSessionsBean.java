package be.draaischijf.training.boundary;

import be.draaischijf.training.control.TrainingRecords;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.identity.api.Roles;
import be.draaischijf.platform.mail.Outbox;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import be.draaischijf.platform.mail.Mailer;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.training.api.CalendarEntry;
import be.draaischijf.training.api.RegistrationStatus;
import be.draaischijf.training.api.SessionDate;
import be.draaischijf.training.api.SessionDraft;
import be.draaischijf.training.api.SessionKind;
import be.draaischijf.training.api.SessionStatus;
import be.draaischijf.training.api.SessionSummary;
import be.draaischijf.training.api.SessionView;
import be.draaischijf.training.api.TrainingSessions;
import be.draaischijf.training.control.SessionCalendar;
import be.draaischijf.training.control.TrainingMails;
import be.draaischijf.training.entity.Registration;
import be.draaischijf.training.entity.SessionDay;
import be.draaischijf.training.entity.TrainingSession;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Stateless
@PermitAll
@Interceptors(ParameterValidation.class)
public class TrainingSessionsBean implements TrainingSessions {

    @PersistenceContext(unitName = "training")
    EntityManager em;

    @Inject
    TrainingRecords records;

    @Inject
    Outbox outbox;

    Clock clock = Clock.systemUTC();

    @Override
    public List<SessionSummary> upcomingPublished(Instant from, int max) {
        return upcomingPublished(from, null, null, max);
    }

    @Override
    public List<SessionSummary> upcomingPublished(Instant from, SessionKind kind, String theme, int max) {
        return upcomingPublished(from, kind, theme, 0, max);
    }

    @Override
    public List<SessionSummary> upcomingPublished(Instant from, SessionKind kind, String theme, int offset, int max) {
        return filtered("select s from TrainingSession s where s.status = :published and s.endsAt > :after", kind, theme,
                " order by s.startsAt, s.id")
                .setParameter("published", SessionStatus.PUBLISHED)
                .setParameter("after", notBeforeNow(from))
                .setFirstResult(offset)
                .setMaxResults(max)
                .getResultStream().map(TrainingSession::toSummary).toList();
    }

    @Override
    public long countUpcomingPublished(Instant from, SessionKind kind, String theme) {
        return filtered("select count(s) from TrainingSession s where s.status = :published and s.endsAt > :after", kind, theme,
                "", Long.class)
                .setParameter("published", SessionStatus.PUBLISHED)
                .setParameter("after", notBeforeNow(from))
                .getSingleResult();
    }

    @Override
    public List<CalendarEntry> calendar(Instant from, Instant until, SessionKind kind, String theme) {
        Instant after = notBeforeNow(from);
        List<TrainingSession> sessions = filtered("select s from TrainingSession s where (s.status = :published"
                + " or s.status = :cancelled) and s.startsAt < :until and s.endsAt > :after", kind, theme, " order by s.startsAt, s.id")
                .setParameter("published", SessionStatus.PUBLISHED)
                .setParameter("cancelled", SessionStatus.CANCELLED)
                .setParameter("after", after).setParameter("until", until)
                .setMaxResults(2000).getResultList();
        List<CalendarEntry> entries = new ArrayList<>();
        for (TrainingSession session : sessions) {
            entries.addAll(entries(session, after, until));
        }
        entries.sort(Comparator.comparing(CalendarEntry::startsAt));
        return entries;
    }

    @Override
    public Optional<CalendarEntry> nextPublishedDay(Instant from, SessionKind kind, String theme) {
        Instant after = notBeforeNow(from);
        List<TrainingSession> first = filtered("select s from TrainingSession s join s.days d where s.status = :published"
                + " and d.endsAt > :after", kind, theme, " order by d.startsAt, s.id")
                .setParameter("published", SessionStatus.PUBLISHED)
                .setParameter("after", after)
                .setMaxResults(1).getResultList();
        return first.stream().flatMap(session -> entries(session, after, Instant.MAX).stream()).findFirst();
    }

    @Override
    public Optional<SessionView> findPublic(UUID id) {
        Instant now = clock.instant();
        return Optional.ofNullable(em.find(TrainingSession.class, id))
                .filter(s -> shownPublicly(s, now))
                .map(s -> s.toView(now));
    }

    @Override
    public List<SessionSummary> list(int offset, int size) {
        return em.createQuery("select s from TrainingSession s order by s.startsAt desc, s.id", TrainingSession.class)
                .setFirstResult(offset).setMaxResults(size)
                .getResultStream().map(TrainingSession::toSummary).toList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(s) from TrainingSession s", Long.class).getSingleResult();
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public SessionView find(UUID id) {
        records.coordinator();
        return existing(id).toView(clock.instant());
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public SessionView create(SessionDraft draft) {
        String actor = records.coordinator();
        check(draft, null);
        TrainingSession session = new TrainingSession(draft, actor, clock.instant());
        em.persist(session);
        em.flush();
        return session.toView(clock.instant());
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public SessionView update(UUID id, SessionDraft draft) {
        String actor = records.coordinator();
        Instant now = clock.instant();
        TrainingSession session = records.locked(id);
        requireVersion(session, draft.version());
        if (session.getStatus() != SessionStatus.DRAFT && session.getStatus() != SessionStatus.PUBLISHED) {
            throw new NotAllowedNow("training.session.finished");
        }
        check(draft, session);
        TrainingSession.Changes changes = session.apply(draft, actor, now);
        List<Registration> promoted = records.promote(session, now);
        if (changes.startMoved()) {
            // reminders are about the old date: the new one gets its own
            em.createQuery("update Registration r set r.reminderSentAt = null where r.sessionId = :session and r.status = :confirmed")
                    .setParameter("session", id).setParameter("confirmed", RegistrationStatus.CONFIRMED).executeUpdate();
        }
        em.flush();
        SessionView view = session.toView(now);
        TrainingMails mails = records.mails();
        List<Mailer.Mail> out = new ArrayList<>();
        Set<UUID> told = new HashSet<>();
        if (!promoted.isEmpty()) {
            Mailer.Attachment ics = records.calendar().attachment(view, List.of(), now);
            for (Registration registration : promoted) {
                String token = records.newToken(registration.getId(), now);
                out.add(mails.promoted(registration.getEmail(), registration.getFirstName(), view, token, ics));
                told.add(registration.getId());
            }
        }
        if (changes.daysOrPlace() && session.getStatus() == SessionStatus.PUBLISHED) {
            Mailer.Attachment ics = records.calendar()
                    .attachment(view, changes.removedDays().stream().map(SessionDay::toDate).toList(), now);
            for (Registration registration : active(id)) {
                if (told.add(registration.getId())) {
                    String token = records.newToken(registration.getId(), now);
                    boolean confirmed = registration.getStatus() == RegistrationStatus.CONFIRMED;
                    out.add(mails.sessionChanged(registration.getEmail(), registration.getFirstName(), view, token,
                            confirmed ? ics : null));
                }
            }
        }
        outbox.queue("training", out);
        return view;
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public SessionView publish(UUID id, int version) {
        String actor = records.coordinator();
        Instant now = clock.instant();
        TrainingSession session = records.locked(id);
        requireVersion(session, version);
        if (session.getStatus() != SessionStatus.DRAFT) {
            throw new NotAllowedNow("training.session.publish.draft-only");
        }
        if (!session.getStartsAt().isAfter(now)) {
            throw new Invalid(FieldError.of("dates", "training.dates.past"));
        }
        session.publish(actor, now);
        em.flush();
        return session.toView(now);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public SessionView duplicate(UUID id) {
        String actor = records.coordinator();
        Instant now = clock.instant();
        TrainingSession copy = existing(id).copy(actor, now);
        em.persist(copy);
        em.flush();
        return copy.toView(now);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public SessionView cancel(UUID id, int version, String reason) {
        String actor = records.coordinator();
        Instant now = clock.instant();
        TrainingSession session = records.locked(id);
        requireVersion(session, version);
        if (session.getStatus() != SessionStatus.DRAFT && session.getStatus() != SessionStatus.PUBLISHED) {
            throw new NotAllowedNow("training.session.cancel.not-possible");
        }
        session.cancel(reason, actor, now);
        em.flush();
        SessionView view = session.toView(now);
        List<Registration> registered = active(id);
        if (!registered.isEmpty()) {
            TrainingMails mails = records.mails();
            Mailer.Attachment ics = records.calendar().attachment(view, List.of(), now);
            List<Mailer.Mail> out = new ArrayList<>();
            for (Registration registration : registered) {
                String token = records.newToken(registration.getId(), now);
                out.add(mails.sessionCancelled(registration.getEmail(), registration.getFirstName(), view, token, ics));
            }
            outbox.queue("training", out);
        }
        return view;
    }

    @Override
    public int closePastSessions() {
        return em.createQuery("update TrainingSession s set s.status = :done where s.status = :published and s.endsAt < :now")
                .setParameter("done", SessionStatus.DONE).setParameter("published", SessionStatus.PUBLISHED)
                .setParameter("now", clock.instant()).executeUpdate();
    }

    @Override
    public String calendarFeed() {
        Instant now = clock.instant();
        List<SessionView> sessions = em.createQuery("select s from TrainingSession s where (s.status = :published"
                        + " or s.status = :cancelled) and s.endsAt > :now order by s.startsAt, s.id", TrainingSession.class)
                .setParameter("published", SessionStatus.PUBLISHED).setParameter("cancelled", SessionStatus.CANCELLED)
                .setParameter("now", now)
                .setMaxResults(1000).getResultStream().map(s -> s.toView(now)).toList();
        return records.calendar().write(sessions, "Vormingen en infosessies – Draaischijf", now);
    }

    @Override
    public String sessionIcs(UUID id) {
        SessionView session = findPublic(id).orElseThrow(() -> new NotFound("training.session.unknown"));
        return records.calendar().write(List.of(session), session.title(), clock.instant());
    }

    @Override
    public String sessionIcsFileName(UUID id) {
        return SessionCalendar.fileName(findPublic(id).orElseThrow(() -> new NotFound("training.session.unknown")).title());
    }

    /**
     * What the public may see: a published or cancelled session whose last day has not ended (a draft never; a past
     * session, done or not yet closed by the timer, no longer).
     */
    static boolean shownPublicly(TrainingSession session, Instant now) {
        return (session.getStatus() == SessionStatus.PUBLISHED || session.getStatus() == SessionStatus.CANCELLED)
                && session.getEndsAt().isAfter(now);
    }

    /** {@code from}, or now when that is later: the public never sees what ended. */
    private Instant notBeforeNow(Instant from) {
        Instant now = clock.instant();
        return from.isAfter(now) ? from : now;
    }

    /** A session's days that end after {@code after} and start before {@code until}, as calendar entries. */
    private static List<CalendarEntry> entries(TrainingSession session, Instant after, Instant until) {
        List<SessionDay> days = session.getDays();
        SessionSummary summary = session.toSummary();
        List<CalendarEntry> entries = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            SessionDay day = days.get(i);
            if (day.getStartsAt().isBefore(until) && day.getEndsAt().isAfter(after)) {
                entries.add(new CalendarEntry(session.getId(), i, days.size(), summary.kind(), summary.title(),
                        day.getStartsAt(), day.getEndsAt(), summary.venue(), summary.online(), summary.freePlaces(),
                        summary.status()));
            }
        }
        return entries;
    }

    /** Everyone registered (confirmed or waiting), in the order they registered. */
    private List<Registration> active(UUID sessionId) {
        return em.createQuery("select r from Registration r where r.sessionId = :session"
                        + " and r.status <> :cancelled order by r.registeredAt, r.id", Registration.class)
                .setParameter("session", sessionId).setParameter("cancelled", RegistrationStatus.CANCELLED).getResultList();
    }

    private TrainingSession existing(UUID id) {
        TrainingSession session = em.find(TrainingSession.class, id);
        if (session == null) {
            throw new NotFound("training.session.unknown");
        }
        return session;
    }

    private static void requireVersion(TrainingSession session, int version) {
        if (session.getVersion() != version) {
            throw new ChangedMeanwhile("training.session.changed-meanwhile");
        }
    }

    /** Rules across fields: days that do not overlap, a capacity not below the confirmed registrations. */
    private static void check(SessionDraft draft, TrainingSession existing) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        List<SessionDay> days = draft.dates().stream().map(SessionDay::of)
                .sorted(Comparator.comparing(SessionDay::getStartsAt)).toList();
        for (int i = 1; i < days.size(); i++) {
            if (days.get(i).getStartsAt().isBefore(days.get(i - 1).getEndsAt())) {
                errors.put("dates", FieldError.of("dates", "training.dates.overlap"));
            }
        }
        for (SessionDate date : draft.dates()) {
            if (!date.endsAt().isAfter(date.startsAt())) {
                errors.put("dates", FieldError.of("dates", "training.end-after-start"));
            }
        }
        if (existing != null && draft.capacity() < existing.getConfirmedCount()) {
            errors.put("capacity", FieldError.of("capacity", "training.capacity.below-confirmed", "confirmed",
                    existing.getConfirmedCount()));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(List.copyOf(errors.values()));
        }
    }

    /** A query with the optional kind and theme filters. */
    private TypedQuery<TrainingSession> filtered(String jpql, SessionKind kind, String theme, String orderBy) {
        return filtered(jpql, kind, theme, orderBy, TrainingSession.class);
    }

    private <T> TypedQuery<T> filtered(String jpql, SessionKind kind, String theme, String orderBy, Class<T> type) {
        StringBuilder query = new StringBuilder(jpql);
        if (kind != null) {
            query.append(" and s.kind = :kind");
        }
        if (theme != null && !theme.isBlank()) {
            query.append(" and :theme member of s.themes");
        }
        TypedQuery<T> typed = em.createQuery(query + orderBy, type);
        if (kind != null) {
            typed.setParameter("kind", kind);
        }
        if (theme != null && !theme.isBlank()) {
            typed.setParameter("theme", theme.strip());
        }
        return typed;
    }
}
