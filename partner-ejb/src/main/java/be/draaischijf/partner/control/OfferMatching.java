package be.draaischijf.partner.control;

import be.draaischijf.partner.api.Access;
import be.draaischijf.partner.api.MatchReason;
import be.draaischijf.partner.api.MatchReason.Code;
import be.draaischijf.partner.api.MatchRequest;
import be.draaischijf.partner.api.OfferMatch;
import be.draaischijf.partner.api.OfferView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ranks offers for a young person. An offer is a candidate only when it can take them: its age
 * range holds their age, it serves their district (or the whole city) and it addresses at least
 * one of their problem areas. Candidates are then scored:
 * <ul>
 *   <li>share of the requested problem areas it addresses: up to 40;</li>
 *   <li>a local offer in their district: 10 (a city-wide one: 5);</li>
 *   <li>their language offered: 10; asked for but not offered: -10;</li>
 *   <li>no waiting: 20; else 20 minus 2 per week of waiting, down to -20;</li>
 *   <li>no free capacity (capacity 0): -40;</li>
 *   <li>directly accessible: 5.</li>
 * </ul>
 * Ties go to the shorter wait, then to the name (then the id, so the order is always the same).
 */
public final class OfferMatching {

    private OfferMatching() {
    }

    public static boolean canTake(OfferView offer, MatchRequest request) {
        return request.age() >= offer.minimumAge() && request.age() <= offer.maximumAge()
                && (request.district() == null || offer.cityWide() || offer.districts().contains(request.district()))
                && request.problemAreas().stream().anyMatch(offer.problemAreas()::contains);
    }

    public static List<OfferMatch> rank(MatchRequest request, List<OfferView> offers, int limit) {
        return offers.stream()
                .filter(offer -> canTake(offer, request))
                .map(offer -> score(offer, request))
                .sorted(Comparator.comparingInt(OfferMatch::score).reversed()
                        .thenComparing(match -> Objects.requireNonNullElse(match.offer().waitingWeeks(), 0))
                        .thenComparing(match -> match.offer().name())
                        .thenComparing(match -> match.offer().id()))
                .limit(limit)
                .toList();
    }

    static OfferMatch score(OfferView offer, MatchRequest request) {
        List<MatchReason> reasons = new ArrayList<>();
        int score = 0;

        reasons.add(MatchReason.of(Code.AGE_FITS));

        Set<String> shared = new TreeSet<>(request.problemAreas());
        shared.retainAll(offer.problemAreas());
        score += 40 * shared.size() / request.problemAreas().size();
        reasons.add(new MatchReason(Code.PROBLEM_AREAS, String.join(",", shared)));

        if (request.district() != null && offer.districts().contains(request.district())) {
            score += 10;
            reasons.add(new MatchReason(Code.DISTRICT, request.district()));
        } else if (offer.cityWide()) {
            score += 5;
            reasons.add(MatchReason.of(Code.CITY_WIDE));
        }

        if (request.language() != null) {
            if (offer.languages().contains(request.language())) {
                score += 10;
                reasons.add(new MatchReason(Code.LANGUAGE, request.language()));
            } else {
                score -= 10;
                reasons.add(new MatchReason(Code.LANGUAGE_NOT_OFFERED, request.language()));
            }
        }

        int weeks = Objects.requireNonNullElse(offer.waitingWeeks(), 0);
        if (weeks == 0) {
            score += 20;
            reasons.add(MatchReason.of(Code.NO_WAITING));
        } else {
            score += Math.max(-20, 20 - 2 * weeks);
            reasons.add(new MatchReason(Code.WAITING_WEEKS, Integer.toString(weeks)));
        }

        if (offer.capacity() != null && offer.capacity() == 0) {
            score -= 40;
            reasons.add(MatchReason.of(Code.NO_CAPACITY));
        }

        if (offer.access() == Access.DIRECT) {
            score += 5;
            reasons.add(MatchReason.of(Code.DIRECT_ACCESS));
        }
        return new OfferMatch(offer, score, reasons);
    }
}
