package be.draaischijf.web.pages.publicsite;

import be.draaischijf.training.api.SessionSummary;
import be.draaischijf.training.api.TrainingSessions;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;

/** /kalender: published trainings and info sessions from today on. */
@Named
@RequestScoped
public class CalendarPage {

    @EJB
    TrainingSessions sessions;

    private List<SessionSummary> upcoming;

    @PostConstruct
    void init() {
        upcoming = sessions.upcomingPublished(Instant.now(), 100);
    }

    public List<SessionSummary> getUpcoming() {
        return upcoming;
    }
}
