package be.draaischijf.referral.api;

import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A correction of the young person's details taken at intake (GDPR article 16, ADR 0043), as
 * {@link ReferralPrivacy#rectify} takes it: {@code null} leaves a field as it is. The names and the birth date are
 * required at intake, so they cannot be emptied; an empty postcode, school or school year removes it. The same rules
 * and message keys as {@link Intake}.
 */
public record IntakeCorrection(
        @Pattern(regexp = "(?s).*\\S.*", message = "{referral.intake.young-first-name.required}")
        @Size(max = 100, message = "{draaischijf.size.max}") String firstName,
        @Pattern(regexp = "(?s).*\\S.*", message = "{referral.intake.young-last-name.required}")
        @Size(max = 100, message = "{draaischijf.size.max}") String lastName,
        @Past(message = "{referral.intake.young-birth-date.past}") LocalDate birthDate,
        @Pattern(regexp = "|[0-9]{4}", message = "{referral.intake.postcode.format}") String postcode,
        @Size(max = 200, message = "{draaischijf.size.max}") String school,
        @Size(max = 50, message = "{draaischijf.size.max}") String schoolYear) implements Serializable {

    /** Whether it changes nothing at all (every field {@code null}). */
    public boolean isEmpty() {
        return firstName == null && lastName == null && birthDate == null && postcode == null && school == null
                && schoolYear == null;
    }
}
