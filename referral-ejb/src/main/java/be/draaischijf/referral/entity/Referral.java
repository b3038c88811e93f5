package be.draaischijf.referral.entity;

import be.draaischijf.referral.api.AgeBand;
import be.draaischijf.referral.api.CaseOutcome;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.referral.api.Channel;
import be.draaischijf.referral.api.ConsentGiver;
import be.draaischijf.referral.api.ConsentMethod;
import be.draaischijf.referral.api.ConsentWithdrawal;
import be.draaischijf.referral.api.Intake;
import be.draaischijf.referral.api.IntakeCorrection;
import be.draaischijf.referral.api.LegalGround;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.api.ReferralSummary;
import be.draaischijf.referral.api.SchoolStatus;
import be.draaischijf.referral.api.Urgency;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A question about a young person to the Centraal Meldpunt: a case. Once anonymised (after its retention period, or
 * erased on request: ADR 0043) it keeps only what the reports count and the case work's dates; the young person's
 * name, birth date, postcode, school, question and who asked are gone (null).
 */
@Entity
@Table(name = "referral")
public class Referral {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Id
    private UUID id;

    @Column(nullable = false, length = 20, unique = true)
    private String reference;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private ReferralStatus status;

    @Column(name = "referrer_username", length = 100)
    private String referrerUsername;

    @Column(name = "referrer_name", length = 200)
    private String referrerName;

    @Column(name = "referrer_organisation", length = 200)
    private String referrerOrganisation;

    @Column(name = "referrer_sector", length = 40)
    private String referrerSector;

    @Column(name = "referrer_function", length = 200)
    private String referrerFunction;

    @Column(name = "referrer_email", length = 200)
    private String referrerEmail;

    @Column(name = "referrer_phone", length = 30)
    private String referrerPhone;

    /** Null once the case is anonymised, as the other identifying fields. */
    @Column(name = "young_first_name", length = 100)
    private String youngFirstName;

    @Column(name = "young_last_name", length = 100)
    private String youngLastName;

    @Column(name = "young_birth_date")
    private LocalDate youngBirthDate;

    /**
     * The young person's age band on the day the question came, kept when the birth date goes (anonymisation): the
     * reports count cases per age band from it, the same before and after (ADR 0043).
     */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "intake_age_band", length = 20)
    private AgeBand intakeAgeBand;

    @Column(name = "young_postcode", length = 4)
    private String postcode;

    @Column(length = 40)
    private String district;

    @Column(name = "school_name", length = 200)
    private String school;

    @Column(name = "school_year", length = 50)
    private String schoolYear;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "school_status", nullable = false, length = 20)
    private SchoolStatus schoolStatus = SchoolStatus.ENROLLED;

    @Column(length = 4000)
    private String question;

    @ElementCollection
    @CollectionTable(name = "referral_problem_area", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "code", nullable = false, length = 40)
    private Set<String> problemAreas = new LinkedHashSet<>();

    @Column(name = "already_tried", length = 4000)
    private String alreadyTried;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Urgency urgency = Urgency.NORMAL;

    @Column(name = "consent_young_person", nullable = false)
    private boolean consentYoungPerson;

    @Column(name = "consent_parent", nullable = false)
    private boolean consentParent;

    @Column(name = "consent_date")
    private LocalDate consentDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "consent_method", length = 20)
    private ConsentMethod consentMethod;

    /** Who withdrew the last consent, when and how; null while consent stands or none was withdrawn (ADR 0041). */
    @Column(name = "consent_withdrawn_on")
    private LocalDate consentWithdrawnOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "consent_withdrawn_by", length = 20)
    private ConsentGiver consentWithdrawnBy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "consent_withdrawn_method", length = 20)
    private ConsentMethod consentWithdrawnMethod;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "sharing_ground", length = 40)
    private LegalGround sharingGround;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Channel channel = Channel.WEB;

    @Column(length = 100)
    private String coordinator;

    @Column(name = "follow_up_on")
    private LocalDate followUpOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 30)
    private CaseOutcome outcome;

    @Column(name = "is_open", nullable = false)
    private boolean open = true;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** When the case was closed: its retention period runs from then; null while it is open. */
    @Column(name = "closed_at")
    private Instant closedAt;

    /** When the case was first taken into analysis (it left NEW); the reports' first lead time (ADR 0046). */
    @Column(name = "analysed_at")
    private Instant analysedAt;

    /** When a referral to an offer was first proposed for this case (ADR 0046). */
    @Column(name = "first_referred_at")
    private Instant firstReferredAt;

    /** When a partner first started with the young person (ADR 0046). */
    @Column(name = "first_started_at")
    private Instant firstStartedAt;

    /** When the case was anonymised (after its retention period, or erased on request); null before. */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    /** An erasure on request: when, the administrator who approved it, and why (never naming the young person). */
    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "erased_by", length = 100)
    private String erasedBy;

    @Column(name = "erasure_reason", length = 500)
    private String erasureReason;

    @ElementCollection
    @CollectionTable(name = "referral_link", joinColumns = @JoinColumn(name = "referral_id"))
    @Column(name = "other_id", nullable = false)
    private Set<UUID> linkedCases = new LinkedHashSet<>();

    /**
     * The client's request key that created the case ({@code Idempotency-Key}, ADR 0049), as its SHA-256, and the
     * fingerprint of that intake and its caller: a retry with the key finds the case here. Null without a key, and
     * once the case is anonymised (the key must not link the case to a client's records any more).
     */
    @Column(name = "request_key", length = 64)
    private String requestKey;

    @Column(name = "request_fingerprint", length = 64)
    private String requestFingerprint;

    /** The contact point the case belongs to: the one serving the young person's district, or where it was passed. */
    @Column(name = "contact_point_id", nullable = false)
    private UUID contactPointId;

    @Version
    private int version;

    protected Referral() {
    }

    /**
     * A new case from an intake; consent recorded on the form counts as the legal ground for sharing (the young person's
     * own only from 12: the module refuses an intake where a younger child's own "yes" is all there is).
     */
    public Referral(String reference, String submittedBy, Intake intake, UUID contactPointId, Instant now, LocalDate followUpOn) {
        this.id = UUID.randomUUID();
        this.contactPointId = contactPointId;
        this.reference = reference;
        this.status = ReferralStatus.NEW;
        this.referrerUsername = submittedBy;
        this.referrerName = intake.referrerName().strip();
        this.referrerOrganisation = intake.referrerOrganisation().strip();
        this.referrerSector = intake.referrerSector();
        this.referrerFunction = blankToNull(intake.referrerFunction());
        this.referrerEmail = intake.referrerEmail().strip();
        this.referrerPhone = blankToNull(intake.referrerPhone());
        this.youngFirstName = intake.youngFirstName().strip();
        this.youngLastName = intake.youngLastName().strip();
        this.youngBirthDate = intake.youngBirthDate();
        this.postcode = blankToNull(intake.postcode());
        this.district = intake.district();
        this.school = blankToNull(intake.school());
        this.schoolYear = blankToNull(intake.schoolYear());
        this.schoolStatus = intake.schoolStatus();
        this.question = intake.question().strip();
        this.problemAreas = new LinkedHashSet<>(intake.problemAreas());
        this.alreadyTried = blankToNull(intake.alreadyTried());
        this.urgency = intake.urgency();
        boolean consent = intake.hasConsent();
        this.consentYoungPerson = intake.consentYoungPerson();
        this.consentParent = intake.consentParent();
        this.consentDate = consent ? intake.consentDate() : null;
        this.consentMethod = consent ? intake.consentMethod() : null;
        this.sharingGround = consent ? LegalGround.CONSENT : null;
        this.channel = intake.channel() == null ? Channel.WEB : intake.channel();
        this.receivedAt = now;
        this.updatedAt = now;
        this.followUpOn = followUpOn;
        this.intakeAgeBand = bandAtIntake(youngBirthDate, now);
    }

    /**
     * The request that created the case carried a key ({@code Idempotency-Key}, ADR 0049): its stored form and the
     * request's fingerprint, kept with the case in the transaction that creates it.
     */
    public void createdByRequest(String storedKey, String fingerprint) {
        this.requestKey = storedKey;
        this.requestFingerprint = fingerprint;
    }

    /** The fingerprint of the request that created the case with a key; null without one. */
    public String getRequestFingerprint() {
        return requestFingerprint;
    }

    /** The age band of someone born on {@code birthDate} on the day (Europe/Brussels) of {@code receivedAt}. */
    public static AgeBand bandAtIntake(LocalDate birthDate, Instant receivedAt) {
        if (birthDate == null || receivedAt == null) {
            return null;
        }
        return AgeBand.of(Period.between(birthDate, LocalDate.ofInstant(receivedAt, BRUSSELS)).getYears());
    }

    /** Moves the case on as the lifecycle allows; a closed case is no longer open. */
    public void moveTo(ReferralStatus to, CaseOutcome closingOutcome, Instant now) {
        status.requireMoveTo(to, closingOutcome);
        this.status = to;
        this.outcome = closingOutcome;
        this.open = to != ReferralStatus.CLOSED;
        this.updatedAt = now;
        if (analysedAt == null) {
            this.analysedAt = now;
        }
        if (to == ReferralStatus.CLOSED) {
            this.closedAt = now;
        }
    }

    /** A referral to an offer was proposed for this case: the first one is the reports' second lead time. */
    public void referredToAnOffer(Instant now) {
        if (firstReferredAt == null) {
            this.firstReferredAt = now;
        }
    }

    /** A partner started with the young person: the first start is the reports' third lead time. */
    public void startedAtAPartner(Instant now) {
        if (firstStartedAt == null) {
            this.firstStartedAt = now;
        }
    }

    /** The case goes to another contact point, whose coordinators take it up: nobody there handles it yet. */
    public void passTo(UUID contactPoint, Instant now) {
        this.contactPointId = contactPoint;
        this.coordinator = null;
        this.updatedAt = now;
    }

    public UUID getContactPointId() {
        return contactPointId;
    }

    public void assign(String coordinator, LocalDate followUpOn, Instant now) {
        this.coordinator = coordinator;
        this.followUpOn = followUpOn;
        this.updatedAt = now;
    }

    public void recordSharingGround(LegalGround ground, Instant now) {
        this.sharingGround = ground;
        this.updatedAt = now;
    }

    /** Touches the case so that its version moves on (a referral, conference or unmet need was added). */
    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public void link(UUID other) {
        linkedCases.add(other);
    }

    /**
     * Consent that counts: a parent's or guardian's, or the young person's own when they were 12 or older on the day
     * they gave it (a younger child's own "yes" is no consent, ADR 0041).
     */
    public boolean hasConsent() {
        return consentParent || youngPersonConsentCounts();
    }

    private boolean youngPersonConsentCounts() {
        LocalDate given = consentDate != null ? consentDate
                : receivedAt != null ? LocalDate.ofInstant(receivedAt, BRUSSELS) : null;
        return consentYoungPerson && Intake.oldEnoughToConsent(youngBirthDate, given);
    }

    /**
     * Consent given after the intake, or withdrawn (ADR 0041). The young person's own counts only when they were 12 or
     * older on that day, their withdrawal too. Consent given becomes the ground for sharing when there was none. The
     * young person's own withdrawal (from 12) ends all consent, a parent's too: a minor presumed able decides; a parent's
     * withdrawal ends the parent's consent and leaves the young person's own. When no consent is left, who withdrew it,
     * when and how is kept, and consent stops being the ground for sharing.
     *
     * @throws Invalid for {@code by} when the young person was under 12 on that day; for {@code given} when there is no
     *         consent of theirs to withdraw; for {@code on} when a withdrawal is dated before the consent it withdraws,
     *         or new consent before the withdrawal it follows
     */
    public void recordConsent(ConsentGiver by, boolean given, LocalDate on, ConsentMethod method, Instant now) {
        if (by == ConsentGiver.YOUNG_PERSON && !Intake.oldEnoughToConsent(youngBirthDate, on)) {
            throw new Invalid(FieldError.of("by", given ? "referral.consent.young-person-under-12"
                    : "referral.consent.withdrawal.young-person-under-12"));
        }
        if (given) {
            if (consentWithdrawnOn != null && on.isBefore(consentWithdrawnOn)) {
                throw new Invalid(FieldError.of("on", "referral.consent.on.before-withdrawal"));
            }
            if (by == ConsentGiver.YOUNG_PERSON) {
                consentYoungPerson = true;
            } else {
                consentParent = true;
            }
            if (consentDate == null || !on.isBefore(consentDate)) {
                consentDate = on;
                consentMethod = method;
            }
            consentWithdrawnOn = null;
            consentWithdrawnBy = null;
            consentWithdrawnMethod = null;
            if (sharingGround == null) {
                sharingGround = LegalGround.CONSENT;
            }
        } else {
            boolean theirs = by == ConsentGiver.YOUNG_PERSON ? hasConsent() : consentParent;
            if (!theirs) {
                throw new Invalid(FieldError.of("given", "referral.consent.nothing-to-withdraw"));
            }
            if (consentDate != null && on.isBefore(consentDate)) {
                throw new Invalid(FieldError.of("on", "referral.consent.on.before-consent"));
            }
            consentParent = false;
            if (by == ConsentGiver.YOUNG_PERSON) {
                consentYoungPerson = false;
            }
            if (!hasConsent()) {
                consentYoungPerson = false;
                consentDate = null;
                consentMethod = null;
                consentWithdrawnOn = on;
                consentWithdrawnBy = by;
                consentWithdrawnMethod = method;
                if (sharingGround == LegalGround.CONSENT) {
                    sharingGround = null;
                }
            }
        }
        this.updatedAt = now;
    }

    /** Who withdrew the last consent, when and how; null while consent stands or none was withdrawn. */
    public ConsentWithdrawal consentWithdrawal() {
        return consentWithdrawnOn == null ? null
                : new ConsentWithdrawal(consentWithdrawnBy, consentWithdrawnOn, consentWithdrawnMethod);
    }

    /**
     * Data may go to a partner: consent that counts, or another legal ground a coordinator recorded (consent recorded as
     * the ground counts only while there is consent).
     */
    public boolean mayShareWithPartners() {
        return hasConsent() || (sharingGround != null && sharingGround != LegalGround.CONSENT);
    }

    /**
     * Who asked the question (name, function, organisation, e-mail, phone) may go to a partner the case is referred to:
     * only when the young person or a parent consented to sharing the question. Another legal ground (shared
     * professional secrecy, a case conference) covers what the partner needs of the young person, not who asked
     * (ADR 0038).
     */
    public boolean mayShareReferrerWithPartners() {
        return hasConsent() && mayShareWithPartners();
    }

    /**
     * The young person's age on {@code today}; once the birth date is gone (anonymised), the lowest age of the band they
     * were in at intake (0 when even that is unknown).
     */
    public int ageOn(LocalDate today) {
        if (youngBirthDate == null) {
            return intakeAgeBand == null ? 0 : intakeAgeBand.from();
        }
        return Period.between(youngBirthDate, today).getYears();
    }

    /** The young person's age band on {@code today}; once the birth date is gone, the band at intake. */
    public AgeBand ageBand(LocalDate today) {
        return youngBirthDate == null ? intakeAgeBand : AgeBand.of(ageOn(today));
    }

    /** The age band at intake as kept, or computed from the birth date when a row from before it was kept has none. */
    public AgeBand ageBandAtIntake() {
        return intakeAgeBand != null ? intakeAgeBand : bandAtIntake(youngBirthDate, receivedAt);
    }

    /** Whether the case was anonymised (after its retention period, or erased on request). */
    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    /** Whether the case was erased on request. */
    public boolean isErased() {
        return erasedAt != null;
    }

    /** The erasure on request, recorded after the case was anonymised: when, who approved it, why. */
    public void recordErasure(String by, String reason, Instant now) {
        this.erasedAt = now;
        this.erasedBy = by;
        this.erasureReason = reason;
    }

    /** One field corrected: its name (as in {@link IntakeCorrection}) and the value it had (a String or a LocalDate). */
    public record Correction(String field, Object previous) {
    }

    /**
     * Takes over the fields of the correction that are given and differ (names stripped; an empty postcode, school or
     * school year removes it); a new birth date corrects the age band at intake too. Says what changed, with the old
     * values, in the order of {@link IntakeCorrection}; nothing when nothing differs.
     */
    public List<Correction> correct(IntakeCorrection correction, Instant now) {
        List<Correction> changed = new ArrayList<>();
        String firstName = correction.firstName() == null ? null : correction.firstName().strip();
        if (firstName != null && !firstName.equals(youngFirstName)) {
            changed.add(new Correction("firstName", youngFirstName));
            youngFirstName = firstName;
        }
        String lastName = correction.lastName() == null ? null : correction.lastName().strip();
        if (lastName != null && !lastName.equals(youngLastName)) {
            changed.add(new Correction("lastName", youngLastName));
            youngLastName = lastName;
        }
        if (correction.birthDate() != null && !correction.birthDate().equals(youngBirthDate)) {
            changed.add(new Correction("birthDate", youngBirthDate));
            youngBirthDate = correction.birthDate();
            intakeAgeBand = bandAtIntake(youngBirthDate, receivedAt);
        }
        if (correction.postcode() != null && !Objects.equals(blankToNull(correction.postcode()), postcode)) {
            changed.add(new Correction("postcode", postcode));
            postcode = blankToNull(correction.postcode());
        }
        if (correction.school() != null && !Objects.equals(blankToNull(correction.school()), school)) {
            changed.add(new Correction("school", school));
            school = blankToNull(correction.school());
        }
        if (correction.schoolYear() != null && !Objects.equals(blankToNull(correction.schoolYear()), schoolYear)) {
            changed.add(new Correction("schoolYear", schoolYear));
            schoolYear = blankToNull(correction.schoolYear());
        }
        if (!changed.isEmpty()) {
            updatedAt = now;
        }
        return changed;
    }

    public boolean isOverdue(LocalDate today) {
        return open && followUpOn != null && followUpOn.isBefore(today);
    }

    /** The case as a list shows it, without the young person's name. */
    public ReferralSummary toSummary(LocalDate today) {
        return new ReferralSummary(id, reference, status, district, contactPointId, receivedAt, urgency, ageBand(today),
                coordinator, followUpOn, isOverdue(today), null, null, isAnonymised());
    }

    /** The case as the coordinators' workbench shows it: with the young person's name (the caller audits that). */
    public ReferralSummary toSummaryWithName(LocalDate today) {
        return new ReferralSummary(id, reference, status, district, contactPointId, receivedAt, urgency, ageBand(today),
                coordinator, followUpOn, isOverdue(today), youngFirstName, youngLastName, isAnonymised());
    }

    public Intake toIntake() {
        return new Intake(referrerName, referrerOrganisation, referrerSector, referrerFunction, referrerEmail, referrerPhone,
                youngFirstName, youngLastName, youngBirthDate, postcode, district, school, schoolYear, schoolStatus, question,
                problemAreas, alreadyTried, urgency, consentYoungPerson, consentParent, consentDate, consentMethod, channel);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public UUID getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public CaseOutcome getOutcome() {
        return outcome;
    }

    public String getReferrerUsername() {
        return referrerUsername;
    }

    public String getReferrerName() {
        return referrerName;
    }

    public String getReferrerFunction() {
        return referrerFunction;
    }

    public String getReferrerOrganisation() {
        return referrerOrganisation;
    }

    public String getReferrerEmail() {
        return referrerEmail;
    }

    public String getReferrerPhone() {
        return referrerPhone;
    }

    public String getYoungFirstName() {
        return youngFirstName;
    }

    public String getYoungLastName() {
        return youngLastName;
    }

    public LocalDate getYoungBirthDate() {
        return youngBirthDate;
    }

    public String getDistrict() {
        return district;
    }

    public SchoolStatus getSchoolStatus() {
        return schoolStatus;
    }

    public String getQuestion() {
        return question;
    }

    public Set<String> getProblemAreas() {
        return Set.copyOf(problemAreas);
    }

    public LegalGround getSharingGround() {
        return sharingGround;
    }

    public String getCoordinator() {
        return coordinator;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public AgeBand getIntakeAgeBand() {
        return intakeAgeBand;
    }

    public String getReferrerSector() {
        return referrerSector;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getSchool() {
        return school;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public Set<UUID> getLinkedCases() {
        return Set.copyOf(linkedCases);
    }

    public boolean isOpen() {
        return open;
    }

    public int getVersion() {
        return version;
    }
}
