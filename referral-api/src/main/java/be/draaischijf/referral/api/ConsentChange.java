package be.draaischijf.referral.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Consent recorded after the intake, or withdrawn ({@code given} false): who ({@link ConsentGiver}; the young person's
 * own only from the age of 12 on that day), on which day (not in the future) and how it was said. See
 * {@link ReferralCases#recordConsent}.
 */
public record ConsentChange(
        @NotNull(message = "{referral.consent.by.required}") ConsentGiver by,
        @NotNull(message = "{referral.consent.given.required}") Boolean given,
        @NotNull(message = "{referral.consent.on.required}")
        @PastOrPresent(message = "{referral.consent.on.past-or-present}") LocalDate on,
        @NotNull(message = "{referral.consent.method.required}") ConsentMethod method) implements Serializable {

    /** Whether consent is given (not withdrawn); false when not said. */
    public boolean gives() {
        return Boolean.TRUE.equals(given);
    }
}
