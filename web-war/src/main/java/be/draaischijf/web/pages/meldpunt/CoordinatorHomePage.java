package be.draaischijf.web.pages.meldpunt;

import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.training.api.SessionSummary;
import be.draaischijf.training.api.TrainingSessions;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** /meldpunt: the coordinator's start page, with the case counts and the next sessions. */
@Named
@RequestScoped
public class CoordinatorHomePage {

    @EJB
    ReferralCases cases;

    @EJB
    TrainingSessions sessions;

    private Map<ReferralStatus, Long> counts;
    private List<SessionSummary> nextSessions;

    @PostConstruct
    void init() {
        counts = cases.countByStatus();
        nextSessions = sessions.upcomingPublished(Instant.now(), 5);
    }

    public long getNewCases() {
        return counts.get(ReferralStatus.NEW);
    }

    public long getOpenCases() {
        return counts.entrySet().stream()
                .filter(e -> e.getKey() != ReferralStatus.CLOSED)
                .mapToLong(Map.Entry::getValue).sum();
    }

    public List<SessionSummary> getNextSessions() {
        return nextSessions;
    }
}
