package be.draaischijf.referral.boundary;

import static be.draaischijf.referral.boundary.CaseWorkFixture.PASSAGE_OFFER;
import static be.draaischijf.referral.boundary.CaseWorkFixture.intake;
import static be.draaischijf.referral.boundary.CaseWorkFixture.with;
import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import be.draaischijf.platform.ModuleSchema;
import be.draaischijf.platform.ParameterValidation;
import be.draaischijf.platform.privacy.RetentionKind;
import be.draaischijf.platform.privacy.RetentionPeriods;
import be.draaischijf.platform.privacy.RetentionResult;
import be.draaischijf.platform.privacy.SubjectField;
import be.draaischijf.platform.privacy.SubjectQuery;
import be.draaischijf.platform.privacy.SubjectRecord;
import be.draaischijf.platform.refusal.ChangedMeanwhile;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.referral.api.AgeBand;
import be.draaischijf.referral.api.AuditEntry;
import be.draaischijf.referral.api.CaseCounts;
import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.referral.api.CaseFilter;
import be.draaischijf.referral.api.CaseOutcome;
import be.draaischijf.referral.api.CaseSort;
import be.draaischijf.referral.api.ConferenceAction;
import be.draaischijf.referral.api.ConferenceDraft;
import be.draaischijf.referral.api.ConferenceParticipant;
import be.draaischijf.referral.api.DetailsWithheld;
import be.draaischijf.referral.api.ErasureRecord;
import be.draaischijf.referral.api.EventKind;
import be.draaischijf.referral.api.EventMessage;
import be.draaischijf.referral.api.EventValue;
import be.draaischijf.referral.api.Intake;
import be.draaischijf.referral.api.IntakeCorrection;
import be.draaischijf.referral.api.LegalGround;
import be.draaischijf.referral.api.OfferReferralStatus;
import be.draaischijf.referral.api.PartnerReferralView;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.api.ReferralSummary;
import be.draaischijf.referral.api.SchoolStatus;
import be.draaischijf.referral.api.TimelineEntry;
import be.draaischijf.referral.api.UnmetNeedDraft;
import be.draaischijf.referral.api.UnmetNeedReason;
import be.draaischijf.referral.api.Urgency;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Anonymisation keeps the statistics exact and leaves nothing of the young person (issue 16, ADR 0043), on real
 * PostgreSQL and on H2: a generated year of cases counts the same before and after every case is anonymised (by the
 * retention period or erased on request), and afterwards no text column of any table holds what was written about the
 * young people or by who asked; the audit log never held it and its chains stay intact. An administrator erases a
 * case on request, with a reason that does not name the young person; a coordinator corrects the intake, the old value
 * on the timeline, only the field in the audit log; a data subject's records are found and each case found audited.
 */
class AnonymisationDatabaseTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final List<String> DISTRICTS = List.of("KIEL", "HOBOKEN", "BORGERHOUT", "DEURNE", "ANTWERPEN", "WILRIJK");
    private static final List<String> AREAS = List.of("ABSENTEEISM", "DROPOUT", "BEHAVIOUR", "WELLBEING", "HOME");
    private static final List<String> SECTORS = List.of("EDUCATION", "WELFARE");
    /** How many cases the generated year has. */
    private static final int CASES = 120;
    /** Every text the generated cases hold about a person starts with this (any case), so that a scan finds it. */
    private static final String MARK = "zyx";
    private static final String REASON = "Verzoek tot wissen van de jongere zelf, via de ombudsdienst van de stad.";

    private final CaseWorkFixture module = new CaseWorkFixture();
    /** The moment the tests run at, whole seconds. */
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aGeneratedYearOfCasesCountsTheSameBeforeAndAfterEveryCaseIsAnonymisedAndNoTextAboutThemIsLeft(TestDatabase kind)
            throws SQLException {
        try (EntityManagerFactory emf = database(kind)) {
            LocalDate from = LocalDate.ofInstant(now, BRUSSELS).minusYears(2).withDayOfMonth(1);
            LocalDate until = from.plusYears(1);
            Random random = new Random(16);
            List<UUID> stillOpen = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                Generated generated = generate(emf, random, i, from);
                if (!generated.closed()) {
                    stillOpen.add(generated.id());
                }
            }
            module.clock = Clock.fixed(now, BRUSSELS);

            CaseCounts before = counts(emf, from, until);
            assertThat(before.total()).isEqualTo(CASES);
            assertThat(before.perMonth()).hasSize(12);
            assertThat(before.perMonth().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(CASES);
            assertThat(before.perAgeBand()).containsOnlyKeys(AgeBand.values());
            assertThat(before.perDistrict()).containsOnlyKeys(DISTRICTS);
            assertThat(before.perProblemArea()).containsOnlyKeys(AREAS);
            assertThat(before.perSector()).containsOnlyKeys(SECTORS);
            assertThat(before.perOutcome()).hasSizeGreaterThan(4);
            assertThat(before.perOutcome().values().stream().mapToInt(Integer::intValue).sum())
                    .isEqualTo(CASES - stillOpen.size());
            assertThat(before.perLeadTimeDays()).hasSizeGreaterThan(30);
            Map<String, Integer> written = marked(module.dataSource);
            assertThat(written).as("what the generated cases hold about people, where it is").containsKeys(
                    "referral.young_first_name", "referral.young_last_name", "referral.school_name", "referral.school_year",
                    "referral.question", "referral.already_tried", "referral.referrer_name", "referral.referrer_email",
                    "referral.referrer_organisation", "case_event.text", "case_event.message_values",
                    "case_conference.place", "case_conference.purpose", "case_conference.agenda", "case_conference.minutes",
                    "conference_participant.name", "conference_participant.represents", "conference_action.description",
                    "conference_action.owner", "conference_action.owner_email", "offer_referral.note", "unmet_need.note",
                    "case_access_grant.reason");
            assertThat(written.keySet()).as("the audit log holds no text about anyone")
                    .noneMatch(column -> column.startsWith("case_audit"));

            // every closed case by its retention period (set to a day), every open one erased on request
            new RetentionPeriods(module.dataSource).change(RetentionKind.CLOSED_CASES, Period.ofDays(1), "admin", now);
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("admin").privacy(em).applyRetention(now)))
                    .contains(new RetentionResult(RetentionKind.CLOSED_CASES, CASES - stillOpen.size()));
            for (UUID id : stillOpen) {
                inTransaction(emf, (EntityManager em) -> module.as("admin").privacy(em).erase(id, REASON));
            }

            assertThat(counts(emf, from, until)).as("the reports count the same").isEqualTo(before);
            assertThat(marked(module.dataSource)).as("no text column of any table holds what was written about people")
                    .isEmpty();
            assertThat(count(module.dataSource, "select count(*) from referral where young_birth_date is not null"
                    + " or young_postcode is not null or anonymised_at is null")).isZero();
            assertThat(inTransaction(emf, (EntityManager em) -> {
                CaseAuditBean check = new CaseAuditBean();
                check.em = em;
                return check.verify().intact();
            })).as("anonymisation never touches the audit log").isTrue();

            // the coordinators' list still shows the cases: without names, with the age band at intake
            List<ReferralSummary> page = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .workbench(CaseFilter.none(), CaseSort.RECEIVED, false, 0, 50));
            assertThat(page).hasSize(50).allSatisfy(summary -> {
                assertThat(summary.anonymised()).isTrue();
                assertThat(summary.youngFirstName()).isNull();
                assertThat(summary.ageBand()).isNotNull();
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anAdministratorErasesACaseOnRequestWithAReasonThatDoesNotNameTheYoungPersonAndTheCountsStay(TestDatabase kind)
            throws SQLException {
        try (EntityManagerFactory emf = database(kind)) {
            module.clock = Clock.fixed(now, BRUSSELS);
            LocalDate today = LocalDate.ofInstant(now, BRUSSELS);
            UUID id = submit(emf, with(with(with(intake(true), "youngFirstName", "Mila"), "youngLastName", "Verbruggen"),
                    "school", "Sint-Lutgardis"));
            CaseDetail analysing = changeStatus(emf, id, open(emf, id).version(), ReferralStatus.IN_ANALYSIS);
            CaseDetail referred = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .refer(id, analysing.version(), PASSAGE_OFFER));
            UUID sent = referred.offerReferrals().get(0).id();
            inTransaction(emf, (EntityManager em) -> module.as("partner.depassage").offerReferrals(em)
                    .answer(sent, 0, OfferReferralStatus.ACCEPTED, null, "Mila start maandag in de dagbegeleiding."));
            inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .addNote(id, EventKind.CALL, "Mama van Mila gebeld: akkoord met de aanpak."));
            CaseCounts before = counts(emf, today, today.plusDays(1));
            String reference = referred.reference();

            assertThatThrownBy(() -> erase(emf, "coordinator", id, REASON))
                    .isInstanceOfSatisfying(NotPermitted.class, e -> assertThat(e.key()).isEqualTo("referral.erasure.administrators-only"));
            for (String tooShort : List.of("kort", "   te kort   ", "x".repeat(501))) {
                assertThatThrownBy(() -> erase(emf, "admin", id, tooShort)).isInstanceOfSatisfying(Invalid.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::key)
                                .containsExactly(tuple("reason", "referral.erasure.reason.size")));
            }
            assertThatThrownBy(() -> erase(emf, "admin", id, null)).isInstanceOfSatisfying(Invalid.class,
                    e -> assertThat(e.errors()).extracting(FieldError::key).containsExactly("referral.erasure.reason.required"));
            assertThatThrownBy(() -> erase(emf, "admin", id, "Op vraag van MILA zelf, per brief ontvangen."))
                    .as("the reason stays with the case: it may not name the young person")
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::key)
                            .containsExactly("referral.erasure.reason.names-young-person"));
            assertThatThrownBy(() -> erase(emf, "admin", UUID.randomUUID(), REASON)).isInstanceOf(NotFound.class);
            assertThat(open(emf, id).anonymised()).as("nothing erased by a refusal").isFalse();

            ErasureRecord erased = erase(emf, "admin", id, "  " + REASON + " ");

            assertThat(erased).isEqualTo(new ErasureRecord(id, reference, now, "admin"));
            assertThat(rows(module.dataSource, "select erased_by, erasure_reason from referral where id = '" + id + "'"))
                    .containsExactly(List.of("admin", REASON));
            CaseDetail gone = open(emf, id);
            assertThat(gone.anonymised()).isTrue();
            assertThat(gone.intake().youngFirstName()).isNull();
            assertThat(gone.intake().youngLastName()).isNull();
            assertThat(gone.intake().youngBirthDate()).isNull();
            assertThat(gone.intake().school()).isNull();
            assertThat(gone.intake().question()).isNull();
            assertThat(gone.intake().referrerName()).isNull();
            assertThat(gone.intake().referrerEmail()).isNull();
            assertThat(gone.status()).as("the case work stays as it was").isEqualTo(ReferralStatus.REFERRED);
            assertThat(gone.offerReferrals()).singleElement().satisfies(referral -> {
                assertThat(referral.status()).isEqualTo(OfferReferralStatus.ACCEPTED);
                assertThat(referral.note()).isNull();
            });
            assertThat(gone.timeline()).allSatisfy(entry -> assertThat(entry.text()).isEmpty());
            assertThat(gone.timeline()).filteredOn(entry -> entry.kind() == EventKind.ANONYMISED).singleElement()
                    .satisfies(entry -> {
                        assertThat(entry.actor()).isEqualTo("admin");
                        assertThat(entry.message()).isEqualTo(EventMessage.of("event.erased"));
                    });
            assertThat(audit(emf, id)).filteredOn(entry -> "admin".equals(entry.actor()) && entry.message() != null)
                    .extracting(AuditEntry::action, entry -> entry.message())
                    .containsExactly(tuple("CHANGE", EventMessage.of("audit.erased")));
            assertThat(count(module.dataSource, "select count(*) from case_event where lower(text) like '%mila%'"
                    + " or lower(message_values) like '%mila%'")).isZero();

            PartnerReferralView partner = inTransaction(emf, (EntityManager em) -> module.as("partner.depassage")
                    .offerReferrals(em).open(sent));
            assertThat(partner.withheldBecause()).isEqualTo(DetailsWithheld.ANONYMISED);
            assertThat(partner.youngFirstName()).isNull();
            assertThat(partner.question()).isNull();
            assertThat(partner.referral().caseReference()).isEqualTo(reference);

            assertThat(counts(emf, today, today.plusDays(1))).as("the case still counts").isEqualTo(before);
            assertThat(find(emf, "coordinator", SubjectQuery.youngPerson("Mila", "Verbruggen", intake(true).youngBirthDate())))
                    .as("nothing is found by the name any more").isEmpty();
            assertThatThrownBy(() -> erase(emf, "admin", id, REASON)).isInstanceOfSatisfying(NotAllowedNow.class,
                    e -> assertThat(e.key()).isEqualTo("referral.erasure.already"));
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .addNote(id, EventKind.NOTE, "Mila belde nog eens."))).isInstanceOfSatisfying(NotAllowedNow.class,
                    e -> assertThat(e.key()).isEqualTo("referral.case.anonymised"));
            assertThatThrownBy(() -> rectify(emf, "coordinator", id, gone.version(),
                    new IntakeCorrection("Mila", null, null, null, null, null))).isInstanceOf(NotAllowedNow.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCoordinatorCorrectsTheIntakeTheOldValueOnTheTimelineOnlyTheFieldInTheAuditLog(TestDatabase kind) {
        try (EntityManagerFactory emf = database(kind)) {
            module.clock = Clock.fixed(now, BRUSSELS);
            LocalDate today = LocalDate.ofInstant(now, BRUSSELS);
            LocalDate born = today.minusYears(14).minusDays(10);
            LocalDate corrected = today.minusYears(17).minusDays(2);
            UUID id = submit(emf, with(with(with(intake(false), "youngFirstName", "Jan"), "youngLastName", "Peeters"),
                    "youngBirthDate", born));
            CaseDetail read = open(emf, id);
            assertThat(counts(emf, today, today.plusDays(1)).perAgeBand()).containsExactly(entry(AgeBand.FROM_12_TO_15, 1));

            CaseDetail after = rectify(emf, "coordinator", id, read.version(),
                    new IntakeCorrection("  Johannes ", null, corrected, "2020", "Sint-Jozefcollege", null));

            assertThat(after.intake().youngFirstName()).isEqualTo("Johannes");
            assertThat(after.intake().youngLastName()).as("not given: unchanged").isEqualTo("Peeters");
            assertThat(after.intake().youngBirthDate()).isEqualTo(corrected);
            assertThat(after.intake().postcode()).isEqualTo("2020");
            assertThat(after.intake().school()).isEqualTo("Sint-Jozefcollege");
            assertThat(after.version()).isGreaterThan(read.version());
            assertThat(after.timeline()).filteredOn(entry -> entry.kind() == EventKind.CORRECTED)
                    .extracting(TimelineEntry::message).containsExactlyInAnyOrder(
                            EventMessage.of("event.corrected.firstName", EventValue.name("Jan")),
                            EventMessage.of("event.corrected.birthDate", EventValue.date(born)),
                            EventMessage.of("event.corrected.postcode.empty"),
                            EventMessage.of("event.corrected.school.empty"));
            List<AuditEntry> log = audit(emf, id);
            assertThat(log).filteredOn(entry -> entry.message() != null && entry.message().key().startsWith("audit.corrected."))
                    .extracting(AuditEntry::actor, entry -> entry.message())
                    .containsExactlyInAnyOrder(tuple("coordinator", EventMessage.of("audit.corrected.firstName")),
                            tuple("coordinator", EventMessage.of("audit.corrected.birthDate")),
                            tuple("coordinator", EventMessage.of("audit.corrected.postcode")),
                            tuple("coordinator", EventMessage.of("audit.corrected.school")));
            assertThat(log).as("the audit log names fields, never a value").allSatisfy(entry -> assertThat(
                    (entry.message() == null ? "" : entry.message().values().toString()) + entry.detail())
                    .doesNotContain("Jan").doesNotContain("Johannes").doesNotContain(born.toString())
                    .doesNotContain(corrected.toString()).doesNotContain("2020").doesNotContain("Sint-Jozef"));
            assertThat(counts(emf, today, today.plusDays(1)).perAgeBand()).as("the age band at intake is corrected too")
                    .containsExactly(entry(AgeBand.FROM_16_TO_17, 1));

            CaseDetail unchanged = rectify(emf, "coordinator", id, after.version(),
                    new IntakeCorrection("Johannes", "Peeters", null, null, null, null));
            assertThat(unchanged.version()).as("a correction that changes nothing changes nothing").isEqualTo(after.version());
            assertThat(unchanged.timeline()).filteredOn(entry -> entry.kind() == EventKind.CORRECTED).hasSize(4);

            assertThatThrownBy(() -> rectify(emf, "coordinator", id, read.version(),
                    new IntakeCorrection(null, "Janssens", null, null, null, null))).isInstanceOf(ChangedMeanwhile.class);
            assertThatThrownBy(() -> rectify(emf, "coordinator", id, after.version(),
                    new IntakeCorrection(" ", null, null, null, null, null))).isInstanceOfSatisfying(Invalid.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::key)
                            .containsExactly(tuple("firstName", "referral.intake.young-first-name.required")));
            assertThatThrownBy(() -> rectify(emf, "coordinator", id, after.version(),
                    new IntakeCorrection(null, null, today.minusYears(30), null, null, null))).isInstanceOfSatisfying(
                    Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::key)
                            .containsExactly(tuple("birthDate", "referral.young-person.too-old")));
            assertThatThrownBy(() -> rectify(emf, "coordinator", id, after.version(),
                    new IntakeCorrection(null, null, today.plusDays(1), null, null, null))).isInstanceOfSatisfying(
                    Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::key)
                            .containsExactly(tuple("birthDate", "referral.intake.young-birth-date.past")));
            Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
            assertThat(ParameterValidation.invalid(validator.validate(new IntakeCorrection(" ", null, null, "20", null, null)))
                    .errors()).as("the API says the same as the intake, in the intake's words")
                    .extracting(FieldError::field, FieldError::key).containsOnly(
                            tuple("firstName", "referral.intake.young-first-name.required"),
                            tuple("postcode", "referral.intake.postcode.format"));
            assertThatThrownBy(() -> rectify(emf, "admin", id, after.version(),
                    new IntakeCorrection("Jo", null, null, null, null, null))).as("an administrator is no case worker")
                    .isInstanceOfSatisfying(NotPermitted.class, e -> assertThat(e.key()).isEqualTo("referral.case-workers-only"));
            assertThatThrownBy(() -> rectify(emf, "professional", id, after.version(),
                    new IntakeCorrection("Jo", null, null, null, null, null))).isInstanceOf(NotPermitted.class);
            assertThat(open(emf, id).intake().youngFirstName()).as("nothing saved by a refusal").isEqualTo("Johannes");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCoordinatorFindsEverythingAboutADataSubjectAnAdministratorWhichCasesExistEachCaseFoundIsAudited(TestDatabase kind) {
        try (EntityManagerFactory emf = database(kind)) {
            module.clock = Clock.fixed(now.minus(Duration.ofDays(30)), BRUSSELS);
            Intake mila = with(with(with(intake(true), "youngFirstName", "Mila"), "youngLastName", "Verbruggen"),
                    "school", "Sint-Lutgardis");
            UUID first = submit(emf, mila);
            module.clock = Clock.fixed(now, BRUSSELS);
            UUID second = submit(emf, mila);
            UUID someoneElse = submit(emf, with(mila, "youngFirstName", "Noor"));
            CaseDetail analysing = changeStatus(emf, second, open(emf, second).version(), ReferralStatus.IN_ANALYSIS);
            CaseDetail referred = inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .refer(second, analysing.version(), PASSAGE_OFFER));
            inTransaction(emf, (EntityManager em) -> module.as("coordinator").conferences(em).plan(second, referred.version(),
                    new ConferenceDraft(LocalDateTime.ofInstant(now, BRUSSELS).plusDays(7).withSecond(0).withNano(0),
                            "Sint-Lutgardis, lokaal 4", "Een plan voor het nieuwe schooljaar", LegalGround.CONSENT,
                            List.of(new ConferenceParticipant("Demo Partner", "De Passage", "partner.depassage")),
                            null, null, List.of(new ConferenceAction("Intakegesprek plannen", "Demo Eigenaar",
                            "eigenaar@example.org", LocalDate.ofInstant(now, BRUSSELS).plusDays(14), false)))));
            inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em)
                    .addNote(second, EventKind.NOTE, "Mila wil zelf mee naar het gesprek."));

            List<SubjectRecord> full = find(emf, "coordinator",
                    SubjectQuery.youngPerson(" mila ", "VERBRUGGEN", mila.youngBirthDate()));

            assertThat(full).filteredOn(found -> found.kind().equals("case")).extracting(SubjectRecord::id)
                    .containsExactly(first, second);
            assertThat(full).extracting(SubjectRecord::module).containsOnly("referral");
            assertThat(full).extracting(SubjectRecord::kind).contains("caseNote", "caseReferral", "caseConference");
            assertThat(full).extracting(SubjectRecord::createdAt).as("oldest first").isSorted();
            assertThat(full).filteredOn(found -> found.id().equals(second)).singleElement().satisfies(found -> {
                assertThat(found.fields()).contains(SubjectField.text("youngFirstName", "Mila"),
                        SubjectField.text("youngLastName", "Verbruggen"), SubjectField.date("youngBirthDate", mila.youngBirthDate()),
                        SubjectField.text("school", "Sint-Lutgardis"), SubjectField.text("question", mila.question()),
                        SubjectField.text("referrerName", "Test Leerkracht"), SubjectField.yesNo("consentYoungPerson", true),
                        SubjectField.code("status", ReferralStatus.CASE_CONFERENCE), SubjectField.text("district", "KIEL"));
            });
            assertThat(full).filteredOn(found -> found.kind().equals("caseNote")).extracting(found -> found.fields())
                    .anySatisfy(fields -> assertThat(fields).contains(SubjectField.text("text", "Mila wil zelf mee naar het gesprek.")));

            List<SubjectRecord> existing = find(emf, "admin", SubjectQuery.youngPerson("Mila", "Verbruggen", mila.youngBirthDate()));
            assertThat(existing).as("an administrator sees which cases exist, not what they hold").hasSize(2)
                    .allSatisfy(found -> {
                        assertThat(found.kind()).isEqualTo("case");
                        assertThat(found.fields()).extracting(SubjectField::label)
                                .containsExactly("status", "receivedAt", "closedAt", "anonymisedAt", "erasedAt");
                    });
            for (UUID id : List.of(first, second)) {
                assertThat(audit(emf, id)).filteredOn(entry -> entry.message() != null
                                && entry.message().key().equals("audit.subjectFound.youngPerson"))
                        .extracting(AuditEntry::actor).containsExactlyInAnyOrder("coordinator", "admin");
            }
            assertThat(audit(emf, someoneElse)).noneMatch(entry -> entry.message() != null
                    && entry.message().key().startsWith("audit.subjectFound"));

            List<SubjectRecord> asker = find(emf, "coordinator", SubjectQuery.byEmail(" Leerkracht@Example.org "));
            assertThat(asker).filteredOn(found -> found.kind().equals("caseAsReferrer")).hasSize(3).allSatisfy(found -> {
                assertThat(found.fields()).contains(SubjectField.text("referrerName", "Test Leerkracht"),
                        SubjectField.text("referrerEmail", "leerkracht@example.org"));
                assertThat(found.fields()).as("who asked, never the young person").extracting(SubjectField::label)
                        .doesNotContain("youngFirstName", "youngLastName", "youngBirthDate", "question", "school");
            });
            assertThat(find(emf, "coordinator", SubjectQuery.byEmail("partner.depassage@example.org")))
                    .filteredOn(found -> found.kind().equals("conferenceParticipant")).singleElement()
                    .satisfies(found -> assertThat(found.fields()).contains(SubjectField.text("participantName", "Demo Partner"),
                            SubjectField.text("represents", "De Passage")));
            assertThat(find(emf, "coordinator", SubjectQuery.byEmail("eigenaar@example.org"))).extracting(SubjectRecord::kind)
                    .containsExactly("conferenceActionOwner");
            assertThat(audit(emf, second)).filteredOn(entry -> entry.message() != null
                    && entry.message().key().equals("audit.subjectFound.email")).isNotEmpty();

            assertThatThrownBy(() -> find(emf, "coordinator", SubjectQuery.youngPerson("Mila", " ", null)))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactly("lastName", "birthDate"));
            assertThat(find(emf, "coordinator", SubjectQuery.youngPerson("Mila", "Verbruggen", mila.youngBirthDate().plusDays(1))))
                    .as("another birth date is another person").isEmpty();
        }
    }

    /** One generated case: made, worked on and (three in four) closed, as the module's beans do it. */
    private record Generated(UUID id, boolean closed) {
    }

    /**
     * A case received on a day of the year, about a young person of 3 to 24, from one of six districts, on one or two
     * problem areas, asked by a school or a welfare worker; advice, a referral (answered by the partner), a conference,
     * or an unmet need; sometimes a note, a correction of the first name, an administrator's break-glass; closed after
     * 0 to 120 days with any outcome, or still open. Everything written about a person starts with {@link #MARK}.
     */
    private Generated generate(EntityManagerFactory emf, Random random, int i, LocalDate from) {
        // a time of day within the first 23 hours, so that it stays on its day also when the clocks change
        Instant received = from.plusDays(random.nextInt(365)).atStartOfDay(BRUSSELS).plusSeconds(random.nextInt(82_800))
                .toInstant();
        LocalDate day = LocalDate.ofInstant(received, BRUSSELS);
        LocalDate born = day.minusYears(3 + random.nextInt(22)).minusDays(random.nextInt(365));
        String district = DISTRICTS.get(random.nextInt(DISTRICTS.size()));
        int area = random.nextInt(AREAS.size());
        Set<String> areas = random.nextBoolean() ? Set.of(AREAS.get(area))
                : Set.of(AREAS.get(area), AREAS.get((area + 1 + random.nextInt(AREAS.size() - 1)) % AREAS.size()));
        String sector = SECTORS.get(random.nextInt(SECTORS.size()));
        boolean closed = random.nextInt(4) != 0;
        Instant worked = received.plus(Duration.ofDays(random.nextInt(121))).plusSeconds(random.nextInt(36_000));
        int variant = random.nextInt(5);
        boolean note = random.nextBoolean();
        CaseOutcome outcome = CaseOutcome.values()[random.nextInt(CaseOutcome.values().length)];

        module.clock = Clock.fixed(received, BRUSSELS);
        UUID id = submit(emf, new Intake("Zyxaanmelder " + i, "Zyxorganisatie " + i, sector, "Zyxfunctie",
                "zyx.aanmelder" + i + "@example.org", "03 000 00 00", "Zyxvoornaam" + i, "Zyxachternaam" + i, born, "2060",
                district, "Zyxschool " + i, "Zyxjaar", SchoolStatus.AT_RISK, "Zyxvraag " + i + ": spijbelt vaak.", areas,
                "Zyxgeprobeerd " + i, Urgency.NORMAL, false, false, null, null, null));

        module.clock = Clock.fixed(worked, BRUSSELS);
        inTransaction(emf, (EntityManager em) -> {
            ReferralCasesBean cases = module.as("coordinator").cases(em);
            CaseDetail detail = cases.changeStatus(id, cases.open(id).version(), ReferralStatus.IN_ANALYSIS, null, null);
            switch (variant) {
                case 0 -> detail = cases.changeStatus(id, detail.version(), ReferralStatus.ADVICE, null, "Zyxadvies " + i);
                case 1 -> {
                    detail = cases.recordSharingGround(id, detail.version(), LegalGround.SHARED_PROFESSIONAL_SECRECY);
                    detail = cases.refer(id, detail.version(), PASSAGE_OFFER);
                    module.as("partner.depassage").offerReferrals(em).answer(detail.offerReferrals().get(0).id(),
                            detail.offerReferrals().get(0).version(), OfferReferralStatus.ACCEPTED, null, "Zyxpartner " + i);
                }
                case 2 -> {
                    module.as("coordinator").conferences(em).plan(id, detail.version(), conference(i, worked));
                    detail = cases.open(id);
                }
                case 3 -> detail = cases.recordUnmetNeed(id, detail.version(), new UnmetNeedDraft("HOME",
                        AgeBand.FROM_12_TO_15, district, UnmetNeedReason.NO_CAPACITY, 4, "Zyxnood " + i));
                default -> detail = cases.changeStatus(id, detail.version(), ReferralStatus.ADVICE, null, null);
            }
            if (note) {
                cases.addNote(id, EventKind.NOTE, "Zyxnotitie " + i + ": moeder gebeld.");
            }
            if (i % 10 == 0) {
                detail = module.as("coordinator").privacy(em).rectify(id, detail.version(),
                        new IntakeCorrection("Zyxverbeterd" + i, null, null, null, null, null));
            }
            if (closed) {
                detail = cases.changeStatus(id, detail.version(), ReferralStatus.FOLLOW_UP, null, null);
                detail = cases.changeStatus(id, detail.version(), ReferralStatus.CLOSED, outcome, "Zyxafsluiting " + i);
            }
            return detail;
        });
        if (i % 25 == 0) {
            inTransaction(emf, (EntityManager em) -> module.as("admin").cases(em)
                    .breakGlass(id, "Zyx: inzageverzoek van de ouders, dossier " + i));
        }
        return new Generated(id, closed);
    }

    /** A conference at the school, with one participant and one action, all written about the young person. */
    private static ConferenceDraft conference(int i, Instant worked) {
        LocalDateTime heldAt = LocalDateTime.ofInstant(worked, BRUSSELS).withSecond(0).withNano(0);
        return new ConferenceDraft(heldAt, "Zyxschool " + i + ", vergaderzaal", "Zyxdoel: samen een plan",
                LegalGround.CASE_CONFERENCE_458TER,
                List.of(new ConferenceParticipant("Zyxdeelnemer " + i, "Zyxschool " + i, "partner.depassage")),
                "Zyxagenda", "Zyxverslag " + i, List.of(new ConferenceAction("Zyxactie " + i, "Zyxeigenaar " + i,
                "zyx.eigenaar" + i + "@example.org", heldAt.toLocalDate().plusDays(14), false)));
    }

    /**
     * Every text column of every table (JDBC metadata: whatever the modules made) that holds {@link #MARK} somewhere,
     * with how many rows: {@code table.column → rows}.
     */
    private static Map<String, Integer> marked(DataSource ds) throws SQLException {
        Map<String, Integer> marked = new TreeMap<>();
        try (Connection connection = ds.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet column = meta.getColumns(null, connection.getSchema(), "%", "%")) {
                while (column.next()) {
                    int type = column.getInt("DATA_TYPE");
                    if (type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR || type == Types.CLOB
                            || type == Types.NVARCHAR || type == Types.NCHAR) {
                        columns.add(new String[] {column.getString("TABLE_NAME"), column.getString("COLUMN_NAME")});
                    }
                }
            }
            assertThat(columns).as("text columns found").hasSizeGreaterThan(40);
            for (String[] column : columns) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("select count(*) from \"" + column[0] + "\" where lower(\""
                             + column[1] + "\") like '%" + MARK + "%'")) {
                    rows.next();
                    if (rows.getInt(1) > 0) {
                        marked.put(column[0] + "." + column[1], rows.getInt(1));
                    }
                }
            }
        }
        return marked;
    }

    /**
     * The referral module's tables and the platform's retention settings in one database, as in the application. Module
     * tests have no MicroProfile Config: every kind's period is stored as an administrator would set it (its default).
     */
    private EntityManagerFactory database(TestDatabase kind) {
        DataSource ds = kind.migrated("referral", false);
        new ModuleSchema("platform", getClass().getClassLoader()).migrate(ds, false);
        RetentionPeriods periods = new RetentionPeriods(ds);
        for (RetentionKind each : RetentionKind.values()) {
            if (each.configurable()) {
                periods.change(each, each.defaultPeriod(), "admin", now);
            }
        }
        module.dataSource = ds;
        return TestDatabase.persistenceUnit("referral", ds);
    }

    private UUID submit(EntityManagerFactory emf, Intake intake) {
        return inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(intake)).id();
    }

    private CaseDetail open(EntityManagerFactory emf, UUID id) {
        return inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).open(id));
    }

    private CaseDetail changeStatus(EntityManagerFactory emf, UUID id, int version, ReferralStatus to) {
        return inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).changeStatus(id, version, to, null, null));
    }

    private List<AuditEntry> audit(EntityManagerFactory emf, UUID id) {
        return inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).audit(id));
    }

    private ErasureRecord erase(EntityManagerFactory emf, String who, UUID id, String reason) {
        return inTransaction(emf, (EntityManager em) -> module.as(who).privacy(em).erase(id, reason));
    }

    private CaseDetail rectify(EntityManagerFactory emf, String who, UUID id, int version, IntakeCorrection correction) {
        return inTransaction(emf, (EntityManager em) -> module.as(who).privacy(em).rectify(id, version, correction));
    }

    private List<SubjectRecord> find(EntityManagerFactory emf, String who, SubjectQuery query) {
        return inTransaction(emf, (EntityManager em) -> module.as(who).privacy(em).find(query));
    }

    private CaseCounts counts(EntityManagerFactory emf, LocalDate from, LocalDate until) {
        return inTransaction(emf, (EntityManager em) -> module.as("coordinator").statistics(em).count(from, until));
    }

    private static long count(DataSource ds, String sql) throws SQLException {
        try (Connection connection = ds.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<List<String>> rows(DataSource ds, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = ds.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
