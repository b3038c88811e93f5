package be.draaischijf.web.pages.meldpunt;

import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.training.api.Attendance;
import be.draaischijf.training.api.AttendanceCount;
import be.draaischijf.training.api.ParticipantRow;
import be.draaischijf.training.api.RegistrationStatus;
import be.draaischijf.training.api.SessionRegistrations;
import be.draaischijf.training.api.SessionView;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.PagedModel;
import be.draaischijf.web.layout.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.UUID;

/**
 * The session page's check-in on the day: a lazy list of the confirmed participants with a name search and big
 * present/absent buttons for a tablet; the count comes from the module.
 */
@Named
@ViewScoped
public class SessionCheckIn implements Serializable {

    /** The check-in list's client id, to go back to its first page after a new search. */
    static final String CHECK_IN_LIST = "checkin:aanwezigen";

    /** Where the check-in count is kept for the rest of the request (asked once per request, never older). */
    private static final String ATTENDANCE = SessionCheckIn.class.getName() + ".attendance";

    /** The longest name the module's search takes. */
    static final int MAX_NAME_SEARCH = 100;

    @EJB
    SessionRegistrations registrations;

    @Inject
    SessionEditPage sessionEditPage;

    @Inject
    Messages messages;

    private PagedModel<ParticipantRow> checkIn;
    private String checkInName;

    /**
     * Check-in: the confirmed participants by name, one page at a time, those matching the search box (read at each
     * page, so the list and its count follow it).
     */
    public PagedModel<ParticipantRow> getCheckIn() {
        SessionView session = sessionEditPage.getSession();
        if (checkIn == null && session != null) {
            UUID sessionId = session.id();
            SessionRegistrations api = registrations;
            checkIn = new PagedModel<>(() -> api.countParticipants(sessionId, RegistrationStatus.CONFIRMED, checkInFilter()),
                    (offset, size) -> api.participants(sessionId, RegistrationStatus.CONFIRMED, checkInFilter(), offset, size),
                    row -> row.id().toString());
        }
        return checkIn;
    }

    /** The search box's name as the module takes it: null for everyone. */
    String checkInFilter() {
        if (checkInName == null || checkInName.isBlank()) {
            return null;
        }
        String name = checkInName.strip();
        return name.length() > MAX_NAME_SEARCH ? name.substring(0, MAX_NAME_SEARCH) : name;
    }

    /** A new search starts at the first page; the count stays that of the whole session. */
    public void searchCheckIn() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(CHECK_IN_LIST) instanceof UIData list) {
            list.setFirst(0);
        }
    }

    /**
     * Check-in: the person and what the button showed come with the request (written when the list was drawn), so
     * a tap that arrives after a search redrew the list still marks that person. Pressing the shown choice again
     * clears it.
     */
    public void mark(Attendance attendance) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getAttributes().remove(ATTENDANCE);
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        UUID registration;
        try {
            registration = UUID.fromString(String.valueOf(parameters.get("registratie")));
        } catch (IllegalArgumentException e) {
            messages.error(null, "training.unknownRegistration");
            return;
        }
        boolean shown = attendance.name().equals(parameters.get("getoond"));
        try {
            registrations.recordAttendance(registration, shown ? null : attendance);
        } catch (Refusal refused) {
            Refusals.message(refused);
        }
    }

    /** How the check-in stands, counted by the module (whatever page or search the list shows). */
    public AttendanceCount getAttendance() {
        SessionView session = sessionEditPage.getSession();
        if (session == null) {
            return null;
        }
        return (AttendanceCount) FacesContext.getCurrentInstance().getAttributes()
                .computeIfAbsent(ATTENDANCE, key -> registrations.attendance(session.id()));
    }

    /** "12 van 40 aanwezig". */
    public String getAttendanceText() {
        AttendanceCount count = getAttendance();
        return count == null ? "" : messages.format("sessionEdit.checkIn.count", count.present(), count.confirmed());
    }

    public Attendance[] getAttendances() {
        return Attendance.values();
    }

    public String getCheckInName() { return checkInName; }
    public void setCheckInName(String checkInName) { this.checkInName = checkInName; }
}
