package be.draaischijf.referral.api;

import java.io.Serializable;
import java.util.List;

/**
 * The capacity gap of one problem area, age band and district in a period (ADR 0046): how many extra places would
 * have been needed (young people, counted once per case and problem area), the median weeks they waited (null when
 * no wait is known), and the offers that declined a referral of theirs for lack of a place (names, sorted).
 */
public record CapacityGapRow(
        String problemArea,
        AgeBand ageBand,
        String district,
        long extraPlaces,
        Double medianWaitWeeks,
        List<String> fullOffers) implements Serializable {
}
