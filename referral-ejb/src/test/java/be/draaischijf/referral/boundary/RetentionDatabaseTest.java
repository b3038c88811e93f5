package be.draaischijf.referral.boundary;

import static be.draaischijf.referral.boundary.CaseWorkFixture.intake;
import static be.draaischijf.referral.boundary.CaseWorkFixture.with;
import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.draaischijf.platform.ModuleSchema;
import be.draaischijf.platform.privacy.RetentionKind;
import be.draaischijf.platform.privacy.RetentionPeriods;
import be.draaischijf.platform.privacy.RetentionResult;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.referral.api.AgeBand;
import be.draaischijf.referral.api.AuditEntry;
import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.referral.api.CaseOutcome;
import be.draaischijf.referral.api.EventKind;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.api.TimelineEntry;
import be.draaischijf.referral.api.UnmetNeedDraft;
import be.draaischijf.referral.api.UnmetNeedReason;
import be.draaischijf.referral.api.UnmetNeedView;
import be.draaischijf.referral.control.CaseAnonymiser;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The referral module's retention rules (issue 16, ADR 0043), on real PostgreSQL and on H2: a closed case is
 * anonymised a day after its period ends and kept the day before (and on the day itself); open cases never; an unmet
 * need loses its note and who recorded it after its period and stays; the period an administrator set counts; a second
 * run changes nothing, also when two servers run at once; audit lines stay as they are.
 */
class RetentionDatabaseTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final CaseWorkFixture module = new CaseWorkFixture();
    /** The moment the rules run at, whole seconds (a limit "five years back" is then exact). */
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aClosedCaseIsAnonymisedADayAfterItsPeriodAndKeptADayBeforeOpenCasesNever(TestDatabase kind) {
        try (EntityManagerFactory emf = database(kind)) {
            Instant limit = now.atZone(BRUSSELS).minusYears(5).toInstant();
            UUID dayBefore = closedCase(emf, "Voorlaatst", limit.minus(Duration.ofDays(40)), limit.plus(Duration.ofDays(1)));
            UUID onTheDay = closedCase(emf, "Precies", limit.minus(Duration.ofDays(40)), limit);
            UUID dayAfter = closedCase(emf, "Voorbij", limit.minus(Duration.ofDays(41)), limit.minus(Duration.ofDays(1)));
            UUID open = openCase(emf, "Lopend", limit.minus(Duration.ofDays(400)));

            List<RetentionResult> run = inTransaction(emf, (EntityManager em) -> module.as("admin").privacy(em).applyRetention(now));

            assertThat(run).as("one result per kind of the module, in the enum's order").containsExactly(
                    new RetentionResult(RetentionKind.CLOSED_CASES, 1), new RetentionResult(RetentionKind.UNMET_NEEDS, 0),
                    new RetentionResult(RetentionKind.AUDIT_ENTRIES, 0));
            CaseDetail gone = open(emf, dayAfter);
            assertThat(gone.anonymised()).isTrue();
            assertThat(gone.intake().youngFirstName()).isNull();
            assertThat(gone.intake().youngLastName()).isNull();
            assertThat(gone.intake().youngBirthDate()).isNull();
            assertThat(gone.intake().question()).isNull();
            assertThat(gone.intake().referrerName()).isNull();
            assertThat(gone.intake().referrerEmail()).isNull();
            assertThat(gone.intake().referrerSector()).as("the sector stays for the reports").isEqualTo("EDUCATION");
            assertThat(gone.intake().district()).isEqualTo("KIEL");
            assertThat(gone.intake().problemAreas()).containsExactly("ABSENTEEISM");
            assertThat(gone.status()).isEqualTo(ReferralStatus.CLOSED);
            assertThat(gone.outcome()).isEqualTo(CaseOutcome.BACK_IN_SCHOOL);
            assertThat(AgeBand.of(gone.age())).as("the age band at intake (14) stays").isEqualTo(AgeBand.FROM_12_TO_15);
            assertThat(gone.timeline()).as("what people wrote is gone").allSatisfy(entry -> assertThat(entry.text()).isEmpty());
            assertThat(gone.timeline()).filteredOn(entry -> entry.kind() == EventKind.ANONYMISED).singleElement()
                    .satisfies(entry -> {
                        assertThat(entry.actor()).isEqualTo(TimelineEntry.SYSTEM);
                        assertThat(entry.message().key()).isEqualTo("event.anonymised");
                    });
            assertThat(audit(emf, dayAfter)).filteredOn(entry -> entry.message() != null)
                    .extracting(AuditEntry::actor, AuditEntry::action, entry -> entry.message().key())
                    .contains(tuple(TimelineEntry.SYSTEM, "CHANGE", "audit.anonymised"));

            for (UUID kept : List.of(dayBefore, onTheDay, open)) {
                CaseDetail whole = open(emf, kept);
                assertThat(whole.anonymised()).isFalse();
                assertThat(whole.intake().youngFirstName()).isNotNull();
                assertThat(whole.intake().question()).isEqualTo("Spijbelt vaak; zoekt begeleiding.");
            }

            List<RetentionResult> again = inTransaction(emf, (EntityManager em) -> module.as("admin").privacy(em).applyRetention(now));
            assertThat(again).as("a second run changes nothing").extracting(RetentionResult::count).containsOnly(0);
            assertThat(open(emf, dayAfter).timeline()).filteredOn(entry -> entry.kind() == EventKind.ANONYMISED).hasSize(1);

            // the nightly run, by nobody, a year later: the two kept closed cases go, the open one stays
            List<RetentionResult> nextYear = inTransaction(emf, (EntityManager em) -> module.retention(em)
                    .apply(now.atZone(BRUSSELS).plusYears(1).toInstant(), new RetentionPeriods(module.dataSource)::of));
            assertThat(nextYear).contains(new RetentionResult(RetentionKind.CLOSED_CASES, 2));
            assertThat(open(emf, onTheDay).anonymised()).isTrue();
            assertThat(open(emf, open).anonymised()).as("an open case is never anonymised by retention").isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void thePeriodAnAdministratorSetCountsAndOnlyAnAdministratorRunsIt(TestDatabase kind) {
        try (EntityManagerFactory emf = database(kind)) {
            Instant threeYearsAgo = now.atZone(BRUSSELS).minusYears(3).toInstant();
            UUID closed = closedCase(emf, "Drie", threeYearsAgo.minus(Duration.ofDays(10)), threeYearsAgo.minus(Duration.ofDays(1)));

            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> module.as("coordinator").privacy(em)
                    .applyRetention(now))).isInstanceOfSatisfying(NotPermitted.class,
                    e -> assertThat(e.key()).isEqualTo("referral.retention.administrators-only"));
            assertThat(inTransaction(emf, (EntityManager em) -> module.as("admin").privacy(em).applyRetention(now)))
                    .as("five years by default: three years after closing it stays")
                    .contains(new RetentionResult(RetentionKind.CLOSED_CASES, 0));
            assertThat(open(emf, closed).anonymised()).isFalse();

            new RetentionPeriods(module.dataSource).change(RetentionKind.CLOSED_CASES, Period.ofYears(3), "admin", now);

            assertThat(inTransaction(emf, (EntityManager em) -> module.as("admin").privacy(em).applyRetention(now)))
                    .contains(new RetentionResult(RetentionKind.CLOSED_CASES, 1));
            assertThat(open(emf, closed).anonymised()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anUnmetNeedLosesItsNoteAndWhoRecordedItAfterItsPeriodAndStays(TestDatabase kind) {
        try (EntityManagerFactory emf = database(kind)) {
            Instant limit = now.atZone(BRUSSELS).minusYears(5).toInstant();
            UUID older = unmetNeed(emf, limit.minus(Duration.ofDays(1)));
            UUID younger = unmetNeed(emf, limit.plus(Duration.ofDays(1)));

            List<RetentionResult> run = inTransaction(emf, (EntityManager em) -> module.as("admin").privacy(em).applyRetention(now));

            assertThat(run).contains(new RetentionResult(RetentionKind.UNMET_NEEDS, 1),
                    new RetentionResult(RetentionKind.CLOSED_CASES, 0));
            assertThat(open(emf, older).unmetNeeds()).singleElement().satisfies(need -> {
                assertThat(need.note()).isNull();
                assertThat(need.recordedBy()).isNull();
                assertThat(need.problemArea()).as("kept for the capacity-gap report").isEqualTo("HOME");
                assertThat(need.ageBand()).isEqualTo(AgeBand.FROM_12_TO_15);
                assertThat(need.district()).isEqualTo("KIEL");
                assertThat(need.reason()).isEqualTo(UnmetNeedReason.NO_CAPACITY);
                assertThat(need.waitingWeeks()).isEqualTo(6);
            });
            assertThat(open(emf, older).anonymised()).as("the case itself is open: not anonymised").isFalse();
            assertThat(open(emf, younger).unmetNeeds()).extracting(UnmetNeedView::note, UnmetNeedView::recordedBy)
                    .containsExactly(tuple("Wachtlijst van twaalf weken bij het enige passende aanbod.", "coordinator"));

            assertThat(inTransaction(emf, (EntityManager em) -> module.as("admin").privacy(em).applyRetention(now)))
                    .contains(new RetentionResult(RetentionKind.UNMET_NEEDS, 0));
        }
    }

    @Test
    void twoServersRunningAtOnceAnonymiseEachCaseOnce() throws Exception {
        try (EntityManagerFactory emf = database(TestDatabase.POSTGRESQL)) {
            Instant sixYearsAgo = now.atZone(BRUSSELS).minusYears(6).toInstant();
            UUID closed = closedCase(emf, "Samen", sixYearsAgo.minus(Duration.ofDays(30)), sixYearsAgo);

            EntityManager first = emf.createEntityManager();
            first.getTransaction().begin();
            List<RetentionResult> firstRun = module.retention(first).apply(now, new RetentionPeriods(module.dataSource)::of);
            // the second server starts while the first has not committed: it waits for the first's claim, then finds
            // the case done
            CompletableFuture<List<RetentionResult>> secondRun = CompletableFuture.supplyAsync(() -> inTransaction(emf,
                    (EntityManager em) -> module.retention(em).apply(now, new RetentionPeriods(module.dataSource)::of)));
            TestDatabase.awaitALockWaiter(module.dataSource);
            first.getTransaction().commit();
            first.close();

            assertThat(firstRun).contains(new RetentionResult(RetentionKind.CLOSED_CASES, 1));
            assertThat(secondRun.get(30, TimeUnit.SECONDS)).contains(new RetentionResult(RetentionKind.CLOSED_CASES, 0));
            assertThat(open(emf, closed).timeline()).filteredOn(entry -> entry.kind() == EventKind.ANONYMISED).hasSize(1);
            assertThat(audit(emf, closed)).filteredOn(entry -> entry.message() != null
                    && "audit.anonymised".equals(entry.message().key())).hasSize(1);
            assertThat(inTransaction(emf, (EntityManager em) -> new CaseAnonymiser(em).anonymise(closed, now)))
                    .as("a case is anonymised once").isFalse();
        }
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

    /** A case received at {@code received} about a 14-year-old, closed at {@code closed} (back in school). */
    private UUID closedCase(EntityManagerFactory emf, String firstName, Instant received, Instant closed) {
        UUID id = openCase(emf, firstName, received);
        module.clock = Clock.fixed(closed, BRUSSELS);
        inTransaction(emf, (EntityManager em) -> {
            ReferralCasesBean cases = module.as("coordinator").cases(em);
            int version = cases.open(id).version();
            for (ReferralStatus to : List.of(ReferralStatus.IN_ANALYSIS, ReferralStatus.ADVICE, ReferralStatus.FOLLOW_UP)) {
                version = cases.changeStatus(id, version, to, null, null).version();
            }
            return cases.changeStatus(id, version, ReferralStatus.CLOSED, CaseOutcome.BACK_IN_SCHOOL,
                    "Terug naar school; moeder tevreden.");
        });
        module.clock = Clock.fixed(now, BRUSSELS);
        return id;
    }

    /** A case received at {@code received}, still open. */
    private UUID openCase(EntityManagerFactory emf, String firstName, Instant received) {
        module.clock = Clock.fixed(received, BRUSSELS);
        LocalDate day = LocalDate.ofInstant(received, BRUSSELS);
        UUID id = inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em)
                .submit(with(with(intake(false), "youngFirstName", firstName), "youngBirthDate", day.minusYears(14).minusDays(3))))
                .id();
        module.clock = Clock.fixed(now, BRUSSELS);
        return id;
    }

    /** An open case with an unmet need recorded at {@code recorded}. */
    private UUID unmetNeed(EntityManagerFactory emf, Instant recorded) {
        UUID id = openCase(emf, "Nood", recorded.minus(Duration.ofDays(3)));
        module.clock = Clock.fixed(recorded, BRUSSELS);
        inTransaction(emf, (EntityManager em) -> {
            ReferralCasesBean cases = module.as("coordinator").cases(em);
            int version = cases.changeStatus(id, cases.open(id).version(), ReferralStatus.IN_ANALYSIS, null, null).version();
            return cases.recordUnmetNeed(id, version, new UnmetNeedDraft("HOME", AgeBand.FROM_12_TO_15, "KIEL",
                    UnmetNeedReason.NO_CAPACITY, 6, "Wachtlijst van twaalf weken bij het enige passende aanbod."));
        });
        module.clock = Clock.fixed(now, BRUSSELS);
        return id;
    }

    private CaseDetail open(EntityManagerFactory emf, UUID id) {
        return inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).open(id));
    }

    private List<AuditEntry> audit(EntityManagerFactory emf, UUID id) {
        return inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).audit(id));
    }
}
