package be.draaischijf.web.api;

import be.draaischijf.referral.api.ConsentChange;
import be.draaischijf.referral.api.ConsentGiver;
import be.draaischijf.referral.api.ConsentMethod;
import java.time.LocalDate;

/**
 * Body of {@code POST /api/referrals/{id}/consent}: the version read, who gives or withdraws consent
 * ({@code YOUNG_PERSON}, from 12, or {@code PARENT}), {@code given} true or false, on which day and how.
 */
public record CaseConsent(Integer version, ConsentGiver by, Boolean given, LocalDate on, ConsentMethod method) {

    /** The change as the referral module takes it. */
    ConsentChange change() {
        return new ConsentChange(by, given, on, method);
    }
}
