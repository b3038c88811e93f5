package be.draaischijf.web.pages.publicsite;

import be.draaischijf.training.api.CalendarEntry;
import be.draaischijf.training.api.SessionKind;
import be.draaischijf.training.api.SessionStatus;
import be.draaischijf.training.api.SessionSummary;
import be.draaischijf.training.api.TrainingSessions;
import be.draaischijf.web.i18n.Formats;
import be.draaischijf.web.training.SessionTitles;
import be.draaischijf.web.training.TrainingChoices;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * /kalender: published trainings and info sessions. The list (the default: plain, keyboard and screen reader
 * friendly) or a month or week view (PrimeFaces schedule, loading only the shown period); filters by kind and
 * theme from the address ({@code ?weergave=maand&soort=TRAINING&thema=DROPOUT}), so a filtered view can be
 * bookmarked; and the iCalendar feed to subscribe to. The module leaves out drafts and what ended.
 *
 * <p>The week and month views show the period of {@code ?datum=2025-06-09}; without it, this week or month when
 * the next session is in it, else the period of the next session, saying so (ADR 0035). A period without sessions
 * says when the next one is. The previous, this and next period are links with {@code datum}, so that each period
 * is an address of its own and what the page says always fits the period shown.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    static final String LIST = "lijst";
    static final String MONTH = "maand";
    static final String WEEK = "week";

    @EJB
    TrainingSessions sessions;

    @jakarta.inject.Inject
    be.draaischijf.web.i18n.Language language;

    @jakarta.inject.Inject
    TrainingChoices trainingChoices;

    private String view;
    private String kind;
    private String theme;
    private String date;
    private List<SessionSummary> upcoming;
    private LazyScheduleModel schedule;
    /** The week and month views: a day in the shown period, and where that period starts. */
    private LocalDate shownDay;
    private LocalDate periodStart;
    /** Opened on the next session's period instead of this one (no {@code datum} given). */
    private boolean openedOnNext;
    /** The first session day after the shown period when that period has none; null otherwise. */
    private CalendarEntry nextAfterPeriod;
    /** Nothing ahead at all (with these filters). */
    private boolean nothingAhead;

    public void load() {
        if (view == null || !List.of(LIST, MONTH, WEEK).contains(view)) {
            view = LIST;
        }
        SessionKind chosenKind = getChosenKind();
        if (chosenKind == null) {
            kind = null;
        }
        if (theme != null && !theme.matches("[A-Z0-9_]{1,40}")) {
            theme = null;
        }
        if (LIST.equals(view)) {
            date = null;
            upcoming = sessions.upcomingPublished(Instant.now(), chosenKind, theme, 200);
            return;
        }
        schedule = new SessionSchedule(sessions, chosenKind, theme,
                ResourceBundle.getBundle(be.draaischijf.web.layout.Messages.BUNDLE, language.getLocale()));
        boolean week = WEEK.equals(view);
        LocalDate today = LocalDate.now(Formats.BRUSSELS);
        LocalDate chosen = day(date);
        if (chosen == null) {
            date = null;
            Optional<CalendarEntry> next = sessions.nextPublishedDay(Instant.now(), chosenKind, theme);
            shownDay = openOn(today, next.map(e -> brusselsDay(e.startsAt())).orElse(null), week);
            openedOnNext = !shownDay.equals(today);
            nothingAhead = next.isEmpty();
            periodStart = periodStart(shownDay, week);
            return;
        }
        shownDay = chosen;
        periodStart = periodStart(shownDay, week);
        Optional<CalendarEntry> next = sessions.nextPublishedDay(atStart(periodStart), chosenKind, theme);
        nothingAhead = next.isEmpty();
        if (next.isPresent() && !next.get().startsAt().isBefore(atStart(periodEnd(periodStart, week)))) {
            nextAfterPeriod = next.get();
        }
    }

    /**
     * Where the week or month view opens without a chosen day: today's period when the next session day is in it (or
     * there is none), else that day's period.
     */
    static LocalDate openOn(LocalDate today, LocalDate nextDay, boolean week) {
        if (nextDay == null || !nextDay.isAfter(today) || periodStart(nextDay, week).equals(periodStart(today, week))) {
            return today;
        }
        return nextDay;
    }

    /** The Monday of the day's week, or the first of its month (the schedule starts weeks on Monday too). */
    static LocalDate periodStart(LocalDate day, boolean week) {
        return week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    static LocalDate periodEnd(LocalDate start, boolean week) {
        return week ? start.plusWeeks(1) : start.plusMonths(1);
    }

    /** A day from the address (yyyy-mm-dd, four-digit years), or null. */
    static LocalDate day(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }

    private static LocalDate brusselsDay(Instant instant) {
        return LocalDate.ofInstant(instant, Formats.BRUSSELS);
    }

    private static Instant atStart(LocalDate day) {
        return day.atStartOfDay(Formats.BRUSSELS).toInstant();
    }

    /** The address of this page with another view and the same filters (and the chosen day, for month and week). */
    public String link(String otherView) {
        return address(otherView, LIST.equals(otherView) ? null : date);
    }

    private String address(String otherView, String day) {
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/kalender?weergave=").append(otherView);
        if (kind != null) {
            url.append("&soort=").append(kind);
        }
        if (theme != null) {
            url.append("&thema=").append(theme);
        }
        if (day != null) {
            url.append("&datum=").append(day);
        }
        return url.toString();
    }

    /** The shown view in the period before the shown one. */
    public String getPreviousLink() {
        boolean week = isWeekView();
        return address(view, (week ? periodStart.minusWeeks(1) : periodStart.minusMonths(1)).toString());
    }

    /** The shown view in the period after the shown one. */
    public String getNextLink() {
        return address(view, periodEnd(periodStart, isWeekView()).toString());
    }

    /** The shown view in this week or month. */
    public String getTodayLink() {
        return address(view, LocalDate.now(Formats.BRUSSELS).toString());
    }

    /** The shown view in the period of the next session day, when the shown period has none. */
    public String getNextSessionLink() {
        return nextAfterPeriod == null ? null : address(view, brusselsDay(nextAfterPeriod.startsAt()).toString());
    }

    /** "dinsdag 10 juni 2025": the day the view opened on, or of the next session after the shown period. */
    public String getNextDayText() {
        LocalDate day = nextAfterPeriod != null ? brusselsDay(nextAfterPeriod.startsAt()) : shownDay;
        return day == null ? "" : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", language.getLocale()).format(day);
    }

    public boolean isWeekView() {
        return WEEK.equals(view);
    }

    public boolean isOpenedOnNext() {
        return openedOnNext;
    }

    public CalendarEntry getNextAfterPeriod() {
        return nextAfterPeriod;
    }

    public boolean isNothingAhead() {
        return nothingAhead;
    }

    /** The day the schedule opens on. */
    public LocalDate getShownDay() {
        return shownDay;
    }

    public SessionKind getChosenKind() {
        try {
            return kind == null || kind.isBlank() ? null : SessionKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public boolean isListView() {
        return LIST.equals(view);
    }

    /** FullCalendar's name of the view. */
    public String getScheduleView() {
        return WEEK.equals(view) ? "timeGridWeek" : "dayGridMonth";
    }

    public List<String> getThemes() {
        return trainingChoices.getThemes();
    }

    public List<SessionSummary> getUpcoming() {
        return upcoming;
    }

    public ScheduleModel getSchedule() {
        return schedule;
    }

    public String getView() { return view; }
    public void setView(String view) { this.view = view; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme == null || theme.isBlank() ? null : theme; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date == null || date.isBlank() ? null : date.strip(); }

    /** The month and week views: asks the module for the shown period only, one event per day of a session. */
    static final class SessionSchedule extends LazyScheduleModel {

        private final TrainingSessions sessions;
        private final SessionKind kind;
        private final String theme;
        private final String dayOf;
        private final String cancelled;
        private final String full;
        private final java.util.Map<SessionKind, String> kinds = new java.util.EnumMap<>(SessionKind.class);

        SessionSchedule(TrainingSessions sessions, SessionKind kind, String theme, ResourceBundle labels) {
            this.sessions = sessions;
            this.kind = kind;
            this.theme = theme;
            this.dayOf = labels.getString("calendar.dayOf");
            this.cancelled = labels.getString("sessionStatus.CANCELLED");
            this.full = labels.getString("calendar.waitingList");
            for (SessionKind k : SessionKind.values()) {
                kinds.put(k, labels.getString("sessionKind." + k));
            }
        }

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            Instant from = start.atZone(Formats.BRUSSELS).toInstant();
            Instant until = end.atZone(Formats.BRUSSELS).toInstant();
            String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
            for (CalendarEntry entry : sessions.calendar(from, until, kind, theme)) {
                StringBuilder title = new StringBuilder(SessionTitles.withKind(entry.title(), entry.kind(), kinds.get(entry.kind())));
                if (entry.dayCount() > 1) {
                    title.append(" (").append(java.text.MessageFormat.format(dayOf, entry.dayIndex() + 1, entry.dayCount())).append(')');
                }
                if (entry.status() == SessionStatus.CANCELLED) {
                    title.append(" — ").append(cancelled);
                } else if (entry.freePlaces() <= 0) {
                    title.append(" — ").append(full);
                }
                addEvent(DefaultScheduleEvent.builder()
                        .id(entry.sessionId() + "-" + entry.dayIndex())
                        .groupId(entry.sessionId().toString())
                        .title(title.toString())
                        .startDate(LocalDateTime.ofInstant(entry.startsAt(), Formats.BRUSSELS))
                        .endDate(LocalDateTime.ofInstant(entry.endsAt(), Formats.BRUSSELS))
                        .url(context + "/vorming/" + entry.sessionId())
                        .editable(false)
                        .styleClass(entry.status() == SessionStatus.CANCELLED ? "session-event session-event--cancelled"
                                : "session-event session-event--" + entry.kind().name().toLowerCase(Locale.ROOT))
                        .build());
            }
        }
    }

    /** The feed's full address, to paste into a calendar app. */
    public String getFeedUrl() {
        jakarta.servlet.http.HttpServletRequest request =
                (jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String url = request.getRequestURL().toString();
        String base = url.substring(0, url.indexOf('/', url.indexOf("//") + 2));
        return base + request.getContextPath() + "/api/calendar.ics";
    }
}
