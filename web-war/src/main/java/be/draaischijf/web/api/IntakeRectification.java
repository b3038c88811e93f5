package be.draaischijf.web.api;

import be.draaischijf.referral.api.IntakeCorrection;
import java.time.LocalDate;

/**
 * Body of {@code PUT /api/referrals/{id}/intake}: the version read and the intake fields to correct; a field left out
 * (or null) stays as it is.
 */
public record IntakeRectification(Integer version, String firstName, String lastName, LocalDate birthDate, String postcode,
                                  String school, String schoolYear) {

    /** The correction as the referral module takes it. */
    IntakeCorrection correction() {
        return new IntakeCorrection(firstName, lastName, birthDate, postcode, school, schoolYear);
    }
}
