package be.draaischijf.partner.api;

import java.io.Serializable;
import java.util.List;

/** One offer for a young person, with its fit score (higher is better) and the reasons. */
public record OfferMatch(OfferView offer, int score, List<MatchReason> reasons) implements Serializable {

    public OfferMatch {
        reasons = List.copyOf(reasons);
    }
}
