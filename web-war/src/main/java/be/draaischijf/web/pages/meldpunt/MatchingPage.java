package be.draaischijf.web.pages.meldpunt;

import be.draaischijf.partner.api.MatchReason;
import be.draaischijf.partner.api.MatchRequest;
import be.draaischijf.partner.api.OfferMatch;
import be.draaischijf.partner.api.Offers;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.pages.referral.ReferralLabels;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** /meldpunt/matching: offers that can take a young person, best fit first, with the reasons in words. */
@Named
@ViewScoped
public class MatchingPage implements Serializable {

    @EJB
    Offers offers;

    @Inject
    Messages messages;

    @Inject
    ReferralLabels labels;

    private Integer age;
    private String district;
    private List<String> problemAreas = new ArrayList<>();
    private String spokenLanguage;
    private List<OfferMatch> matches;

    public void match() {
        if (problemAreas.isEmpty()) {
            messages.error("matching:problemAreas", "matching.problemAreas.required");
            return;
        }
        matches = offers.match(new MatchRequest(age, district, Set.copyOf(problemAreas), spokenLanguage), 20);
    }

    /** A reason in words: "leeftijd past", "wijk Kiel", "wachttijd 2 weken", "geen capaciteit". */
    public String describe(MatchReason reason) {
        return labels.reason(reason);
    }

    public List<OfferMatch> getMatches() {
        return matches;
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public List<String> getProblemAreas() {
        return problemAreas;
    }

    public void setProblemAreas(List<String> problemAreas) {
        this.problemAreas = problemAreas == null ? new ArrayList<>() : new ArrayList<>(problemAreas);
    }

    public String getSpokenLanguage() {
        return spokenLanguage;
    }

    public void setSpokenLanguage(String spokenLanguage) {
        this.spokenLanguage = spokenLanguage;
    }
}
