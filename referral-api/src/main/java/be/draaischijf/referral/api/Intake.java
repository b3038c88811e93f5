package be.draaischijf.referral.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A referral as {@code POST /api/referrals} and the intake form send it: the referrer, the young person, the
 * question and the consent. Checked by Bean Validation at the module's boundary (a message key per field and rule,
 * {@code referral.intake.young-birth-date.required}), and for codes and the network's age range by the module itself.
 * The problem areas keep the order they were chosen in; without an urgency it is NORMAL.
 */
public record Intake(
        @NotBlank(message = "{referral.intake.referrer-name.required}") @Size(max = 200, message = "{draaischijf.size.max}") String referrerName,
        @NotBlank(message = "{referral.intake.referrer-organisation.required}") @Size(max = 200, message = "{draaischijf.size.max}") String referrerOrganisation,
        @NotBlank(message = "{referral.intake.referrer-sector.required}") @Pattern(regexp = "[A-Z_]{1,40}", message = "{draaischijf.sector.unknown}") String referrerSector,
        @Size(max = 200, message = "{draaischijf.size.max}") String referrerFunction,
        @NotBlank(message = "{referral.intake.referrer-email.required}") @Email(message = "{draaischijf.email.format}") @Size(max = 200, message = "{draaischijf.size.max}") String referrerEmail,
        @Pattern(regexp = "[+0-9 ()./-]{0,30}", message = "{referral.intake.referrer-phone.format}") String referrerPhone,
        @NotBlank(message = "{referral.intake.young-first-name.required}") @Size(max = 100, message = "{draaischijf.size.max}") String youngFirstName,
        @NotBlank(message = "{referral.intake.young-last-name.required}") @Size(max = 100, message = "{draaischijf.size.max}") String youngLastName,
        @NotNull(message = "{referral.intake.young-birth-date.required}") @Past(message = "{referral.intake.young-birth-date.past}") LocalDate youngBirthDate,
        @Pattern(regexp = "|[0-9]{4}", message = "{referral.intake.postcode.format}") String postcode,
        @NotBlank(message = "{referral.intake.district.required}") @Pattern(regexp = "[A-Z_]{1,40}", message = "{draaischijf.code.unknown}") String district,
        @Size(max = 200, message = "{draaischijf.size.max}") String school,
        @Size(max = 50, message = "{draaischijf.size.max}") String schoolYear,
        @NotNull(message = "{referral.intake.school-status.required}") SchoolStatus schoolStatus,
        @NotBlank(message = "{referral.intake.question.required}") @Size(max = 4000, message = "{draaischijf.size.max}") String question,
        @NotEmpty(message = "{referral.intake.problem-areas.required}") Set<String> problemAreas,
        @Size(max = 4000, message = "{draaischijf.size.max}") String alreadyTried,
        @NotNull(message = "{referral.intake.urgency.required}") Urgency urgency,
        boolean consentYoungPerson,
        boolean consentParent,
        @PastOrPresent(message = "{referral.intake.consent-date.past-or-present}") LocalDate consentDate,
        ConsentMethod consentMethod,
        Channel channel) implements Serializable {

    public Intake {
        problemAreas = problemAreas == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(problemAreas));
        urgency = urgency == null ? Urgency.NORMAL : urgency;
    }

    /**
     * From this age a young person's own consent (and its withdrawal) counts: the Flemish decree on the legal position
     * of minors in youth care presumes a minor of 12 or older able to decide (ADR 0041). Below it, a parent or guardian.
     */
    public static final int CONSENT_AGE = 12;

    /** Consent needs a date and a way it was given; the form asks for both once someone agreed. */
    @AssertTrue(message = "{referral.consent.when-and-how}")
    public boolean isConsentComplete() {
        return !(consentYoungPerson || consentParent) || (consentDate != null && consentMethod != null);
    }

    /**
     * A young person's own "yes" counts only from 12, on the day consent was given (today without a date): a child
     * under 12 cannot consent for themselves; a parent or guardian does.
     */
    @AssertTrue(message = "{referral.consent.young-person-under-12}")
    public boolean isConsentYoungPersonAllowed() {
        return !consentYoungPerson || youngBirthDate == null || youngBirthDate.isAfter(LocalDate.now())
                || youngPersonConsentCounts();
    }

    /** The young person or a parent agreed to sharing; the young person's own consent only from 12. */
    public boolean hasConsent() {
        return youngPersonConsentCounts() || consentParent;
    }

    /** The young person agreed themselves and was 12 or older on the day (today when no day is given). */
    public boolean youngPersonConsentCounts() {
        return consentYoungPerson && oldEnoughToConsent(youngBirthDate, consentDate == null ? LocalDate.now() : consentDate);
    }

    /** Whether someone born on {@code birthDate} was {@link #CONSENT_AGE} or older on {@code day}. */
    public static boolean oldEnoughToConsent(LocalDate birthDate, LocalDate day) {
        return birthDate != null && day != null && !birthDate.plusYears(CONSENT_AGE).isAfter(day);
    }

    /** The same intake, received through this channel. */
    public Intake withChannel(Channel through) {
        return new Intake(referrerName, referrerOrganisation, referrerSector, referrerFunction, referrerEmail, referrerPhone, youngFirstName, youngLastName, youngBirthDate, postcode, district, school, schoolYear, schoolStatus, question, problemAreas, alreadyTried, urgency, consentYoungPerson, consentParent, consentDate, consentMethod, through);
    }
}
