package be.draaischijf.web.pages.meldpunt;

import be.draaischijf.referral.api.CaseConferences;
import be.draaischijf.referral.api.CaseFilter;
import be.draaischijf.referral.api.ConferenceView;
import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.training.api.SessionSummary;
import be.draaischijf.training.api.TrainingSessions;
import be.draaischijf.web.layout.ContactPointChoices;
import be.draaischijf.web.layout.FormPages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * /meldpunt: the coordinator's start page: new, open, overdue and their own cases (each a link to the
 * workbench with that filter), counted for their own contact point unless they choose another or all, the coming case conferences and the next sessions.
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

    @jakarta.inject.Inject
    ContactPointChoices contactPoints;

    /** The contact point whose cases are counted (URL parameter {@code contactpunt}: an id, or "alle"). */
    private String contactPoint;
    private Map<ReferralStatus, Long> counts;
    private long overdue;
    private long mine;
    private List<ConferenceView> nextConferences;
    private List<SessionSummary> nextSessions;

    /** Runs after the URL parameter is applied (f:viewAction): the caller's own contact point by default. */
    public void load() {
        String me = FormPages.editor();
        java.util.Optional<java.util.UUID> point = contactPoints.chosen(contactPoint);
        contactPoint = ContactPointChoices.parameter(point);
        java.util.UUID counted = point.orElse(null);
        counts = cases.countByStatus(counted);
        overdue = cases.count(new CaseFilter(null, null, null, counted, null, null, null, true, false, null));
        mine = cases.count(new CaseFilter(null, me, null, null, null, null, null, false, true, null));
        nextConferences = conferences.mine().stream().limit(5).toList();
        nextSessions = sessions.upcomingPublished(Instant.now(), 5);
    }

    /** The workbench's address for these cases: the chosen contact point kept when it is not the caller's own. */
    public String workbench(String query) {
        String own = ContactPointChoices.parameter(contactPoints.mine());
        String point = own.equals(contactPoint) ? "" : "contactpunt=" + contactPoint;
        String all = query.isEmpty() ? point : point.isEmpty() ? query : query + "&" + point;
        return "/meldpunt/dossiers" + (all.isEmpty() ? "" : "?" + all);
    }

    public String getContactPoint() {
        return contactPoint;
    }

    public void setContactPoint(String contactPoint) {
        this.contactPoint = contactPoint;
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
