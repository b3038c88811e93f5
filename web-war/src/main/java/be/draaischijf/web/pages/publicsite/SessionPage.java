package be.draaischijf.web.pages.publicsite;

import be.draaischijf.training.api.RegistrationForm;
import be.draaischijf.training.api.RegistrationResult;
import be.draaischijf.training.api.RegistrationStatus;
import be.draaischijf.training.api.SessionDate;
import be.draaischijf.training.api.SessionRegistrations;
import be.draaischijf.training.api.SessionStatus;
import be.draaischijf.training.api.SessionView;
import be.draaischijf.training.api.TrainingSessions;
import be.draaischijf.web.i18n.Language;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Refusals;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.security.CurrentUser;
import be.draaischijf.web.training.RegistrationGuard;
import be.draaischijf.platform.metrics.Metrics;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * /vorming/{id}: a published (or cancelled) session that has not ended, with its dates, place, organiser and free places,
 * and the registration form (no account needed). The result: a seat, or a place on the waiting list. A second
 * registration with the same address gets a friendly message next to the e-mail field; in a rush (the session's
 * lock not had in time) the person is asked to try again in a few seconds, with the form still filled in. The form
 * has a honeypot and counts towards the per-address rate limit ({@link RegistrationGuard}). A draft or a session that
 * ended is 404 for everyone but coordinators and administrators, who see every session here as on their own pages.
 */
@Named
@ViewScoped
public class SessionPage implements Serializable {

    static final String FORM = "inschrijven";

    /** Which form field shows the module's message for each property. */
    static final Map<String, String> FIELDS = Map.of("firstName", "voornaam", "lastName", "familienaam",
            "email", "email", "organisation", "organisatie", "sector", "sector", "function", "functie",
            "remarks", "opmerkingen", "privacyConsent", "toestemming");

    @EJB
    TrainingSessions sessions;

    @EJB
    SessionRegistrations registrations;

    @Inject
    RegistrationGuard guard;

    @Inject
    Metrics metrics;

    @Inject
    Messages messages;

    @Inject
    Language language;

    @Inject
    CurrentUser currentUser;


    private String id;
    private SessionView session;
    private RegistrationResult result;

    private String firstName;
    private String lastName;
    private String email;
    private String organisation;
    private String sector;
    private String function;
    private String remarks;
    private boolean consent;
    private String website;

    public void load() throws IOException {
        try {
            UUID sessionId = UUID.fromString(id == null ? "" : id);
            session = sessions.findPublic(sessionId).orElse(null);
            if (session == null && (currentUser.isCoordinator() || currentUser.isAdmin())) {
                session = sessions.find(sessionId);
            }
        } catch (IllegalArgumentException notAnId) {
            session = null;
        } catch (Refusal unknown) {
            session = null;
        }
        if (session == null) {
            FormPages.refuse(404);
        }
    }

    public void register() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        OptionalLong wait = guard.admit(request);
        if (wait.isPresent()) {
            metrics.registration(Metrics.RegistrationOutcome.RATE_LIMITED);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.format("registration.tooMany", wait.getAsLong()), null));
            return;
        }
        if (RegistrationGuard.isRobot(website)) {
            result = new RegistrationResult(UUID.randomUUID(), RegistrationStatus.CONFIRMED, null, null);
            return;
        }
        try {
            result = registrations.register(session.id(), new RegistrationForm(firstName, lastName, email, organisation,
                    sector == null ? "" : sector, function, remarks, consent));
        } catch (NotAllowedNow refused) {
            if ("ALREADY_REGISTERED".equals(refused.reason())) {
                FacesContext.getCurrentInstance().addMessage(FORM + ":email",
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, Refusals.text(refused), null));
                return;
            }
            Refusals.message(refused);
            refresh();
            return;
        } catch (Refusal refused) {
            Refusals.onPage(refused, FORM, FIELDS);
            return;
        }
        refresh();
    }

    private void refresh() {
        sessions.findPublic(session.id()).ifPresent(fresh -> session = fresh);
    }

    /** "dinsdag 3 juni 2025, 09:00–17:00". */
    public String day(SessionDate date) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", language.getLocale()).format(date.day()) + ", "
                + date.startsAt() + "–" + date.endsAt();
    }

    public String dateTime(LocalDateTime moment) {
        return moment == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", language.getLocale()).format(moment);
    }

    /** Why the form is not shown: a bundle key, or null when registering is possible. */
    public String getClosedReason() {
        if (session.registrationOpen()) {
            return null;
        }
        if (session.status() == SessionStatus.CANCELLED) {
            return "registrationClosed.SESSION_CANCELLED";
        }
        if (session.status() != SessionStatus.PUBLISHED) {
            return "registrationClosed.NOT_PUBLISHED";
        }
        LocalDateTime now = LocalDateTime.now(be.draaischijf.web.i18n.Formats.BRUSSELS);
        return session.registrationOpens() != null && now.isBefore(session.registrationOpens())
                ? "registrationClosed.NOT_OPEN_YET" : "registrationClosed.CLOSED";
    }

    public boolean isOnline() {
        return session.onlineLink() != null && !session.onlineLink().isBlank();
    }

    public boolean isWaiting() {
        return result != null && result.status() == RegistrationStatus.WAITLISTED;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public SessionView getSession() { return session; }
    public RegistrationResult getResult() { return result; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public String getFunction() { return function; }
    public void setFunction(String function) { this.function = function; }
    public String getRemarks() { return remarks; }
    public void setRemarks(String remarks) { this.remarks = remarks; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
}
