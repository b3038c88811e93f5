package be.draaischijf.referral.api;

import java.util.List;
import java.util.Set;

/**
 * What the receiving organisation's staff see of a referral: the young person's name, age and district,
 * the question and problem areas, and whom to contact at the Centraal Meldpunt. Not the birth date, not
 * the referrer's details, not the rest of the case.
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
        List<TimelineEntry> history) {

    public PartnerReferralView {
        problemAreas = Set.copyOf(problemAreas);
        history = List.copyOf(history);
    }
}
