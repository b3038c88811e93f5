package be.draaischijf.web.pages.publicsite;

import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.layout.Refusals;
import be.draaischijf.training.api.CancelOutcome;
import be.draaischijf.training.api.RegistrationStatus;
import be.draaischijf.training.api.RegistrationView;
import be.draaischijf.training.api.SessionRegistrations;
import be.draaischijf.training.api.SessionStatus;
import be.draaischijf.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * /inschrijving/{token}: a registration through the link in its mails (no account): status, place on the
 * waiting list, the session, and cancelling (or leaving the waiting list) after a confirmation step, as long as
 * the module says it can be cancelled; once the session started, is over or was cancelled, a short explanation
 * instead. A refusal (too late, a rush) is a message on the page. An unknown link says so on the page.
 */
@Named
@ViewScoped
public class RegistrationPage implements Serializable {

    @EJB
    SessionRegistrations registrations;

    @Inject
    Messages messages;


    private String token;
    private RegistrationView registration;
    private boolean confirming;

    public void load() {
        registration = find();
    }

    private RegistrationView find() {
        if (token == null || !token.matches("[A-Za-z0-9_-]{10,100}")) {
            return null;
        }
        try {
            return registrations.findByToken(token).orElse(null);
        } catch (Refusal invalid) {
            return null;
        }
    }

    /** First click: asks to confirm. */
    public void askToCancel() {
        confirming = isCancellable();
    }

    public void keep() {
        confirming = false;
    }

    public void cancel() {
        confirming = false;
        try {
            CancelOutcome outcome = registrations.cancel(token);
            messages.info("myRegistration.outcome." + outcome);
        } catch (Refusal refused) {
            // an unknown link, too late (the session started, is over or was cancelled) or a rush: say so, keep the page
            Refusals.message(refused);
        }
        registration = find();
    }

    public boolean isActive() {
        return registration != null && registration.status() != RegistrationStatus.CANCELLED;
    }

    /** The session ended: its public page is gone (404), so the title is no longer a link to it. */
    public boolean isSessionOver() {
        return registration != null && !registration.session().endsAt().isAfter(java.time.Instant.now());
    }

    /** The owner can still cancel (or leave the waiting list): the module decides. */
    public boolean isCancellable() {
        return isActive() && registration.cancellable();
    }

    /**
     * Why an active registration can no longer be cancelled: a bundle key ({@code myRegistration.sessionCancelled}
     * or {@code myRegistration.tooLate}), or null when it can be.
     */
    public String getNotCancellableReason() {
        if (!isActive() || registration.cancellable()) {
            return null;
        }
        return registration.session().status() == SessionStatus.CANCELLED ? "myRegistration.sessionCancelled" : "myRegistration.tooLate";
    }

    public boolean isConfirming() {
        return confirming;
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public RegistrationView getRegistration() { return registration; }
}
