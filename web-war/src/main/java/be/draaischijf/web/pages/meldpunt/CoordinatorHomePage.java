package be.draaischijf.web.pages.meldpunt;

import be.draaischijf.referral.api.CaseConferences;
import be.draaischijf.referral.api.CaseFilter;
import be.draaischijf.referral.api.ConferenceView;
import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.training.api.SessionSummary;
import be.draaischijf.training.api.TrainingSessions;
import be.draaischijf.web.layout.FormPages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * /meldpunt: the coordinator's start page: new, open, overdue and their own cases (each a link to the
 * workbench with that filter), the coming case conferences and the next sessions.
 */
@Named
@RequestScoped
public class CoordinatorHomePage {

    @EJB
    ReferralCases cases;

    @EJB
    CaseConferences conferences;

    @EJB
    TrainingSessions sessions;

    private Map<ReferralStatus, Long> counts;
    private long overdue;
    private long mine;
    private List<ConferenceView> nextConferences;
    private List<SessionSummary> nextSessions;

    @PostConstruct
    void init() {
        String me = FormPages.editor();
        counts = cases.countByStatus();
        overdue = cases.count(new CaseFilter(null, null, null, null, null, null, true, false));
        mine = cases.count(new CaseFilter(null, me, null, null, null, null, false, true));
        nextConferences = conferences.mine().stream().limit(5).toList();
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

    public long getOverdueCases() {
        return overdue;
    }

    public long getMyCases() {
        return mine;
    }

    public List<ConferenceView> getNextConferences() {
        return nextConferences;
    }

    public List<SessionSummary> getNextSessions() {
        return nextSessions;
    }
}
