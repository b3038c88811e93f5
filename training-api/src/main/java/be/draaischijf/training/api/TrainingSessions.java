package be.draaischijf.training.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The calendar of trainings and info sessions: the public side (published sessions, the iCalendar feed) and
 * the coordinators' side (drafts, edits, status changes). Only coordinators and administrators (the caller, from
 * the container) may use the coordinator operations ({@link be.draaischijf.platform.refusal.NotPermitted} otherwise).
 *
 * <p>The public operations never show a draft nor a session in the past, whoever calls them: a session is past once
 * its last day ended (its end, not its start: one that started this morning and is still going on is not past), at
 * the module's clock. Coordinators see those through {@link #list}, {@link #find} and their own pages.
 */
@Local
public interface TrainingSessions {

    /** Published sessions that have not ended and end after {@code from}, soonest start first. */
    List<SessionSummary> upcomingPublished(@NotNull(message = "{draaischijf.required}") Instant from, @Min(value = 1, message = "{draaischijf.min}") @Max(value = 500, message = "{draaischijf.max}") int max);

    /**
     * The public list view: published sessions that have not ended and end after {@code from}, soonest start first
     * (a session going on now is listed), optionally only one kind and/or one theme code (null = all).
     */
    List<SessionSummary> upcomingPublished(@NotNull(message = "{draaischijf.required}") Instant from, SessionKind kind, String theme,
                                           @Min(value = 1, message = "{draaischijf.min}") @Max(value = 500, message = "{draaischijf.max}") int max);

    /** As above, one page of them ({@code offset} rows skipped): the public API's list. */
    List<SessionSummary> upcomingPublished(@NotNull(message = "{draaischijf.required}") Instant from, SessionKind kind, String theme,
                                           @Min(value = 0, message = "{draaischijf.not-negative}") int offset,
                                           @Min(value = 1, message = "{draaischijf.min}") @Max(value = 500, message = "{draaischijf.max}") int max);

    /** How many published sessions {@link #upcomingPublished(Instant, SessionKind, String, int, int)} pages through. */
    long countUpcomingPublished(@NotNull(message = "{draaischijf.required}") Instant from, SessionKind kind, String theme);

    /**
     * The month and week views: one entry per day, not yet ended, of every published or cancelled session with a
     * day overlapping [{@code from}, {@code until}), optionally one kind and/or one theme (null = all). Days that
     * ended are left out, also those of a session that is still going on.
     */
    List<CalendarEntry> calendar(@NotNull(message = "{draaischijf.required}") Instant from, @NotNull(message = "{draaischijf.required}") Instant until,
                                 SessionKind kind, String theme);

    /**
     * Where the week and month views open: the first day, ending after {@code from} and not yet ended, of a published
     * (not cancelled) session, optionally one kind and/or one theme (null = all); empty when there is none.
     */
    Optional<CalendarEntry> nextPublishedDay(@NotNull(message = "{draaischijf.required}") Instant from, SessionKind kind, String theme);

    /**
     * The public session page: published and cancelled sessions that have not ended; drafts and past sessions are
     * not found (coordinators use {@link #find}).
     */
    Optional<SessionView> findPublic(@NotNull(message = "{draaischijf.required}") UUID id);

    /** Every session, drafts included, latest start first (coordinators). */
    List<SessionSummary> list(@Min(value = 0, message = "{draaischijf.not-negative}") int offset, @Min(value = 1, message = "{draaischijf.min}") @Max(value = 500, message = "{draaischijf.max}") int size);

    long count();

    /** A session, drafts included, for a coordinator. */
    SessionView find(@NotNull(message = "{draaischijf.required}") UUID id);

    /** A new session, as a DRAFT. */
    SessionView create(@NotNull(message = "{draaischijf.required}") @Valid SessionDraft draft);

    /**
     * Changes a draft or published session at the draft's version ({@link be.draaischijf.platform.refusal.ChangedMeanwhile} when
     * someone changed it since). A higher capacity gives seats to as many waiting people as fit, in order,
     * and mails them; a capacity below the confirmed registrations is refused ({@link be.draaischijf.platform.refusal.Invalid}). When the
     * days, the venue or the online link of a published session change, everyone registered (confirmed and
     * waiting) is mailed the change, the confirmed with the new .ics (same UIDs, higher SEQUENCE; a day taken
     * away comes as a cancelled event); when the start moves, reminders go out again for the new date.
     */
    SessionView update(@NotNull(message = "{draaischijf.required}") UUID id,
                       @NotNull(message = "{draaischijf.required}") @Valid SessionDraft draft);

    /** DRAFT → PUBLISHED (the first day must still be ahead). */
    SessionView publish(@NotNull(message = "{draaischijf.required}") UUID id, int version);

    /** A copy as a new DRAFT, without registrations (the coordinator then changes the dates). */
    SessionView duplicate(@NotNull(message = "{draaischijf.required}") UUID id);

    /**
     * DRAFT or PUBLISHED → CANCELLED; everyone registered (confirmed and waiting) is mailed, with the reason
     * when given. The feed then shows the session's days with STATUS:CANCELLED.
     */
    SessionView cancel(@NotNull(message = "{draaischijf.required}") UUID id, int version,
                       @Size(max = 1000, message = "{draaischijf.size.max}") String reason);

    /** Published sessions whose last day ended become DONE (the timer runs it; coordinators may too). */
    int closePastSessions();

    /**
     * The iCalendar feed (text/calendar) of published sessions that have not ended, and cancelled ones among them
     * with STATUS:CANCELLED: one VEVENT per day, times in Europe/Brussels with its VTIMEZONE, UIDs stable across
     * edits, SEQUENCE from the session's version. A session leaves the feed once it ended (ADR 0035).
     */
    String calendarFeed();

    /**
     * One session as an .ics file (published or cancelled, not ended; drafts and past sessions are
     * {@link be.draaischijf.platform.refusal.NotFound}: the registered got theirs by mail).
     */
    String sessionIcs(@NotNull(message = "{draaischijf.required}") UUID id);

    /** The file name for {@link #sessionIcs(UUID)}, e.g. {@code vorming-signalen-van-schooluitval.ics}. */
    String sessionIcsFileName(@NotNull(message = "{draaischijf.required}") UUID id);
}
