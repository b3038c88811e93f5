package be.draaischijf.referral.boundary;

import be.draaischijf.identity.api.Roles;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.privacy.RetentionKind;
import be.draaischijf.platform.privacy.RetentionPeriods;
import be.draaischijf.platform.privacy.RetentionResult;
import be.draaischijf.platform.privacy.SubjectQuery;
import be.draaischijf.platform.privacy.SubjectRecord;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.referral.api.AgeBand;
import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.referral.api.ErasureRecord;
import be.draaischijf.referral.api.EventKind;
import be.draaischijf.referral.api.EventMessage;
import be.draaischijf.referral.api.EventValue;
import be.draaischijf.referral.api.IntakeCorrection;
import be.draaischijf.referral.api.ReferralPrivacy;
import be.draaischijf.referral.control.Actor;
import be.draaischijf.referral.control.CaseAnonymiser;
import be.draaischijf.referral.control.CaseRecords;
import be.draaischijf.referral.control.CaseRetention;
import be.draaischijf.referral.control.SubjectSearch;
import be.draaischijf.referral.entity.AuditRecord;
import be.draaischijf.referral.entity.Referral;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The referral module's part of the lifecycle of personal data (issue 16, ADR 0043): retention, a data subject's
 * records, erasure on request (administrators) and rectification (coordinators). The nightly run is
 * {@link ReferralTimers}'s; it does the same work ({@link CaseRetention}) without a caller.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
@Interceptors(ParameterValidation.class)
public class ReferralPrivacyBean implements ReferralPrivacy {

    @PersistenceContext(unitName = "referral")
    EntityManager em;

    /** The application's datasource: the retention periods in force are in the platform's table there. */
    @Resource(lookup = "java:app/jdbc/draaischijf")
    DataSource dataSource;

    @Inject
    CaseRecords records;

    @Inject
    CaseAnonymiser anonymiser;

    @Inject
    CaseRetention retention;

    @Inject
    SubjectSearch subjects;

    Clock clock = Clock.system(ReferralCasesBean.BRUSSELS);

    @Override
    @RolesAllowed(Roles.ADMIN)
    public List<RetentionResult> applyRetention(Instant now) {
        if (!records.actor().administers()) {
            throw new NotPermitted("referral.retention.administrators-only");
        }
        return retention.apply(now == null ? clock.instant() : now, periods());
    }

    /** The periods in force: what an administrator set, else the configuration, else the default. */
    Function<RetentionKind, Period> periods() {
        return new RetentionPeriods(dataSource)::of;
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<SubjectRecord> find(SubjectQuery query) {
        Actor actor = records.coordinator();
        if (query == null) {
            throw new Invalid(FieldError.of("email", "draaischijf.required"));
        }
        SubjectSearch.Found found;
        String kind;
        if (query.youngPerson()) {
            List<FieldError> missing = new ArrayList<>();
            if (query.firstName() == null || query.firstName().isBlank()) {
                missing.add(FieldError.of("firstName", "draaischijf.required"));
            }
            if (query.lastName() == null || query.lastName().isBlank()) {
                missing.add(FieldError.of("lastName", "draaischijf.required"));
            }
            if (query.birthDate() == null) {
                missing.add(FieldError.of("birthDate", "draaischijf.required"));
            }
            if (!missing.isEmpty()) {
                throw new Invalid(missing);
            }
            // a coordinator sees the cases in full; an administrator, no case worker, which cases there are (ADR 0042)
            found = subjects.youngPerson(query.firstName(), query.lastName(), query.birthDate(), actor.coordinates(),
                    LocalDate.now(clock));
            kind = "audit.subjectFound.youngPerson";
        } else {
            found = subjects.professional(query.normalisedEmail());
            kind = "audit.subjectFound.email";
        }
        // every case found: a read of it, in its own audit log; which kind of search, never the names or address asked
        records.auditEach(found.caseIds(), actor.username(), AuditRecord.READ, EventMessage.of(kind), clock.instant());
        return found.records();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public ErasureRecord erase(UUID caseId, String reason) {
        Actor actor = records.actor();
        if (!actor.administers()) {
            throw new NotPermitted("referral.erasure.administrators-only");
        }
        // the API's constraints say the same (ParameterValidation); here also without the blanks around the reason
        if (reason == null || reason.isBlank()) {
            throw new Invalid(FieldError.of("reason", "referral.erasure.reason.required"));
        }
        String written = reason.strip();
        if (written.length() < ERASURE_REASON_MIN || written.length() > ERASURE_REASON_MAX) {
            throw new Invalid(new FieldError("reason", "referral.erasure.reason.size",
                    Map.<String, Serializable>of("min", ERASURE_REASON_MIN, "max", ERASURE_REASON_MAX)));
        }
        Referral referral = em.find(Referral.class, caseId);
        if (referral == null) {
            throw new NotFound("referral.case.unknown");
        }
        String reference = referral.getReference();
        if (referral.isAnonymised()) {
            throw new NotAllowedNow("referral.erasure.already", reference);
        }
        // the reason stays with the case: it may not bring back the name the erasure takes away
        if (names(written, referral.getYoungFirstName()) || names(written, referral.getYoungLastName())) {
            throw new Invalid(FieldError.of("reason", "referral.erasure.reason.names-young-person"));
        }
        Instant now = clock.instant();
        if (!anonymiser.anonymise(caseId, now)) {
            throw new NotAllowedNow("referral.erasure.already", reference);
        }
        em.find(Referral.class, caseId).recordErasure(actor.username(), written, now);
        // the timeline and the audit log say that it was erased on request, and by whom; neither says why
        records.event(caseId, actor.username(), EventKind.ANONYMISED, EventMessage.of("event.erased"), null, now);
        records.audit(caseId, actor.username(), AuditRecord.CHANGE, EventMessage.of("audit.erased"), now);
        records.flush(CaseRecords.CASE, reference);
        return new ErasureRecord(caseId, reference, now, actor.username());
    }

    /** Whether the text holds the name as a word (or words) of its own, in any case. */
    static boolean names(String text, String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.strip()) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    @Override
    @RolesAllowed(Roles.COORDINATOR)
    public CaseDetail rectify(UUID caseId, int version, IntakeCorrection correction) {
        // the case's coordinators correct what the intake says; an administrator is no case worker (ADR 0042)
        Actor actor = records.caseWorker();
        Referral referral = records.caseToChange(caseId, actor, version);
        CaseRecords.requireNotAnonymised(referral);
        LocalDate today = LocalDate.now(clock);
        check(correction, referral);
        Instant now = clock.instant();
        for (Referral.Correction changed : referral.correct(correction, now)) {
            // the timeline keeps the old value (it goes with the case when it is anonymised); the audit log names the
            // field only, never a value (ADR 0040)
            records.event(referral.getId(), actor.username(), EventKind.CORRECTED, corrected(changed), null, now);
            records.audit(referral.getId(), actor.username(), AuditRecord.CHANGE,
                    EventMessage.of("audit.corrected." + changed.field()), now);
        }
        records.flush(CaseRecords.CASE, referral.getReference());
        return records.detail(referral, actor, today);
    }

    /** What the timeline says of a corrected field: "… corrected, was …", or "… added" when it was empty. */
    private static EventMessage corrected(Referral.Correction changed) {
        String key = "event.corrected." + changed.field();
        if (changed.previous() == null) {
            return EventMessage.of(key + ".empty");
        }
        return EventMessage.of(key, changed.previous() instanceof LocalDate day ? EventValue.date(day)
                : EventValue.name(changed.previous().toString()));
    }

    /**
     * The intake's rules for the fields given (Bean Validation says the same on the API; a call past it, such as a
     * module test, gets the same answer), and the network's age range on the day the question came.
     */
    private static void check(IntakeCorrection correction, Referral referral) {
        List<FieldError> errors = new ArrayList<>();
        if (correction.firstName() != null && correction.firstName().isBlank()) {
            errors.add(FieldError.of("firstName", "referral.intake.young-first-name.required"));
        }
        if (correction.lastName() != null && correction.lastName().isBlank()) {
            errors.add(FieldError.of("lastName", "referral.intake.young-last-name.required"));
        }
        if (correction.postcode() != null && !correction.postcode().matches("|[0-9]{4}")) {
            errors.add(FieldError.of("postcode", "referral.intake.postcode.format"));
        }
        if (correction.birthDate() != null) {
            LocalDate received = LocalDate.ofInstant(referral.getReceivedAt(), ReferralCasesBean.BRUSSELS);
            if (!correction.birthDate().isBefore(received)) {
                errors.add(FieldError.of("birthDate", "referral.intake.young-birth-date.past"));
            } else if (Period.between(correction.birthDate(), received).getYears() > AgeBand.OLDEST) {
                errors.add(FieldError.of("birthDate", "referral.young-person.too-old"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
    }
}
