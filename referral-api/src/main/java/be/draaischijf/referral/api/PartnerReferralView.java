package be.draaischijf.referral.api;

import java.util.List;
import java.util.Set;

/**
 * What the receiving organisation's staff see of a referral: the young person's name, age and district,
 * the question and problem areas, and whom to contact at the Centraal Meldpunt (the case's coordinator, and the
 * contact point the case belongs to). Not the birth date, not the rest of the case. {@code referrer} (who asked the
 * question) only when the young person or a parent consented to sharing the question; null otherwise, and then the
 * partner reaches the referrer through the contact point (ADR 0038).
 */
public record PartnerReferralView(
        OfferReferralView referral,
        String youngFirstName,
        String youngLastName,
        int age,
        String district,
        SchoolStatus schoolStatus,
        String question,
        Set<String> problemAreas,
        String coordinator,
        Contact contactPoint,
        Contact referrer,
        List<TimelineEntry> history) {

    public PartnerReferralView {
        problemAreas = Set.copyOf(problemAreas);
        history = List.copyOf(history);
    }
}
