package be.draaischijf.web.pages.meldpunt;

import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.training.api.SessionRegistrations;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.Refusals;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** The session page's mail to every participant (and, when chosen, the waiting list). */
@Named
@ViewScoped
public class SessionMailForm implements Serializable {

    @EJB
    SessionRegistrations registrations;

    @Inject
    SessionEditPage sessionEditPage;

    @Inject
    Messages messages;

    private String mailSubject;
    private String mailText;
    private boolean mailWaiting;

    public void mailAll() {
        try {
            int sent = registrations.mailParticipants(sessionEditPage.getSession().id(), mailSubject, mailText, mailWaiting);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.format("sessionEdit.mailed", sent), null));
            mailSubject = null;
            mailText = null;
        } catch (Refusal refused) {
            Refusals.onPage(refused, "mail", Map.of("subject", "onderwerp", "text", "tekst"));
        }
    }

    public String getMailSubject() { return mailSubject; }
    public void setMailSubject(String mailSubject) { this.mailSubject = mailSubject; }
    public String getMailText() { return mailText; }
    public void setMailText(String mailText) { this.mailText = mailText; }
    public boolean isMailWaiting() { return mailWaiting; }
    public void setMailWaiting(boolean mailWaiting) { this.mailWaiting = mailWaiting; }
}
