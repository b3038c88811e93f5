package be.draaischijf.web.pages.publicsite;

import be.draaischijf.training.api.CalendarEntry;
import be.draaischijf.training.api.SessionKind;
import be.draaischijf.training.api.SessionStatus;
import be.draaischijf.training.api.SessionSummary;
import be.draaischijf.training.api.TrainingSessions;
import be.draaischijf.web.i18n.Formats;
import be.draaischijf.web.training.TrainingChoices;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * /kalender: published trainings and info sessions. The list (the default: plain, keyboard and screen reader
 * friendly) or a month or week view (PrimeFaces schedule, loading only the shown period); filters by kind and
 * theme from the address ({@code ?weergave=maand&soort=TRAINING&thema=DROPOUT}), so a filtered view can be
 * bookmarked; and the iCalendar feed to subscribe to.
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
    private List<SessionSummary> upcoming;
    private ScheduleModel schedule;

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
            upcoming = sessions.upcomingPublished(Instant.now(), chosenKind, theme, 200);
        } else {
            schedule = new SessionSchedule(sessions, chosenKind, theme,
                    ResourceBundle.getBundle(be.draaischijf.web.layout.Messages.BUNDLE, language.getLocale()));
        }
    }

    /** The address of this page with another view and the same filters. */
    public String link(String otherView) {
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/kalender?weergave=").append(otherView);
        if (kind != null) {
            url.append("&soort=").append(kind);
        }
        if (theme != null) {
            url.append("&thema=").append(theme);
        }
        return url.toString();
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
                StringBuilder title = new StringBuilder(kinds.get(entry.kind())).append(": ").append(entry.title());
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

    /** Today in Brussels, for the schedule's first shown date. */
    public LocalDate getToday() {
        return LocalDate.now(Formats.BRUSSELS);
    }
}
