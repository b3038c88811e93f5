package be.draaischijf.referral.api;

import be.draaischijf.platform.privacy.DataSubjects;
import be.draaischijf.platform.privacy.Retention;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The lifecycle of the referral module's personal data (issue 16, ADR 0043).
 * <ul>
 * <li>{@link #applyRetention} (administrators; every night at 02:30 by itself): anonymises the closed cases whose
 * closing is older than the period of {@code CLOSED_CASES} (a case closed exactly that long ago is kept, a day later it
 * is anonymised), removes the note and who recorded it from unmet needs older than the period of {@code UNMET_NEEDS},
 * and never changes audit lines ({@code AUDIT_ENTRIES} is always 0: they hold no text and stay, ADR 0040). One result
 * per kind. Each record once, also when every server runs it at the same time; at most 1000 cases per run (a backlog
 * goes in nightly steps, or by running it again).</li>
 * <li>{@link #find} (coordinators and administrators): what the module holds about one young person (first name,
 * last name and birth date) or one professional (e-mail address): their cases ({@code case}, with notes
 * {@code caseNote}, referrals to partners {@code caseReferral}, conferences {@code caseConference} and unmet needs
 * {@code caseUnmetNeed}), the cases they asked about ({@code caseAsReferrer}: who asked, never the young person), the
 * conferences they took part in ({@code conferenceParticipant}) or own an action of ({@code conferenceActionOwner}).
 * A coordinator sees the cases in full; an administrator, who reads no case contents (ADR 0042), only which cases
 * exist (reference, status, dates). Every case found gets a line in its audit log (which kind of search, never the
 * names asked).</li>
 * </ul>
 */
@Local
public interface ReferralPrivacy extends Retention, DataSubjects {

    /** How long the reason for an erasure must be, and may be, in characters (without the blanks around it). */
    int ERASURE_REASON_MIN = 10;
    int ERASURE_REASON_MAX = 500;

    /**
     * Erases a case on request now (GDPR article 17; administrators, who approve it): anonymises it as the retention
     * period would (the statistics keep it), and records when, by whom and why. The reason may not name the young
     * person (it stays with the case). The timeline says "erased on request", the audit log that it was erased and by
     * whom, neither of them why.
     *
     * @throws be.draaischijf.platform.refusal.Invalid        for the field {@code reason} when it is missing, not 10 to
     *         500 characters, or names the young person
     * @throws be.draaischijf.platform.refusal.NotFound       when there is no such case
     * @throws be.draaischijf.platform.refusal.NotPermitted   when the caller is no administrator
     * @throws be.draaischijf.platform.refusal.NotAllowedNow  when the case is erased or anonymised already
     */
    ErasureRecord erase(@NotNull(message = "{draaischijf.required}") UUID caseId,
                        @NotNull(message = "{referral.erasure.reason.required}")
                        @Size(min = ERASURE_REASON_MIN, max = ERASURE_REASON_MAX, message = "{referral.erasure.reason.size}")
                        String reason);

    /**
     * Corrects the young person's details taken at intake (GDPR article 16; the case's coordinators): the fields given,
     * at the version read. The timeline keeps each old value ("first name corrected, was …", so that it goes when the
     * case is anonymised); the audit log says which fields changed, never a value (ADR 0040). A corrected birth date
     * also corrects the age band at intake. A correction that changes nothing changes nothing.
     *
     * @throws be.draaischijf.platform.refusal.Invalid          as at intake, per field; {@code birthDate} also when the
     *         young person would have been older than 25, or not born, when the question came
     * @throws be.draaischijf.platform.refusal.ChangedMeanwhile when {@code version} is not the case's current version
     * @throws be.draaischijf.platform.refusal.NotAllowedNow    when the case is anonymised
     * @throws be.draaischijf.platform.refusal.NotPermitted     when the caller is no coordinator
     */
    CaseDetail rectify(@NotNull(message = "{draaischijf.required}") UUID caseId, int version,
                       @NotNull(message = "{draaischijf.required}") @Valid IntakeCorrection correction);
}
