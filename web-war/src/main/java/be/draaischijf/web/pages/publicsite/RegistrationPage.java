package be.draaischijf.web.pages.publicsite;

import be.draaischijf.training.api.CancelOutcome;
import be.draaischijf.training.api.RegistrationStatus;
import be.draaischijf.training.api.RegistrationView;
import be.draaischijf.training.api.SessionRegistrations;
import be.draaischijf.training.api.UnknownToken;
import be.draaischijf.web.layout.Messages;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * /inschrijving/{token}: a registration through the link in its mails (no account): status, place on the
 * waiting list, the session, and cancelling (or leaving the waiting list) after a confirmation step. An
 * unknown link says so on the page.
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
        } catch (EJBException invalid) {
            return null;
        }
    }

    /** First click: asks to confirm. */
    public void askToCancel() {
        confirming = true;
    }

    public void keep() {
        confirming = false;
    }

    public void cancel() {
        confirming = false;
        try {
            CancelOutcome outcome = registrations.cancel(token);
            messages.info("myRegistration.outcome." + outcome);
        } catch (UnknownToken e) {
            messages.error(null, "myRegistration.invalid");
        }
        registration = find();
    }

    public boolean isActive() {
        return registration != null && registration.status() != RegistrationStatus.CANCELLED;
    }

    public boolean isConfirming() {
        return confirming;
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public RegistrationView getRegistration() { return registration; }
}
