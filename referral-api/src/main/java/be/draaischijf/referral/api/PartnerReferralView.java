package be.draaischijf.referral.api;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * What the receiving organisation's staff see of a referral: the young person's name, age and district,
 * the question and problem areas, and whom to contact at the Centraal Meldpunt (the case's coordinator, and the
 * contact point the case belongs to). Not the birth date, not the rest of the case. {@code referrer} (who asked the
 * question) only when the young person or a parent consented to sharing the question; null otherwise, and then the
 * partner reaches the referrer through the contact point (ADR 0038).
 * <p>
 * Need to know (ADR 0041): when {@code detailsWithheld}, the young person's details (name, age, district, school
 * status, question, problem areas) and the referrer are absent (null, no problem areas): the referral rested on consent
 * and consent was withdrawn, or it ended longer ago than the partner needs them ({@code withheldBecause} says which).
 * The referral itself (reference, offer, status, answers) and whom to contact at the Meldpunt stay.
 */
public record PartnerReferralView(
        OfferReferralView referral,
        String youngFirstName,
        String youngLastName,
        Integer age,
        String district,
        SchoolStatus schoolStatus,
        String question,
        Set<String> problemAreas,
        String coordinator,
        Contact contactPoint,
        Contact referrer,
        List<TimelineEntry> history,
        boolean detailsWithheld,
        DetailsWithheld withheldBecause) implements Serializable {

    public PartnerReferralView {
        problemAreas = problemAreas == null ? Set.of() : Set.copyOf(problemAreas);
        history = List.copyOf(history);
        detailsWithheld = withheldBecause != null;
    }
}
