package be.draaischijf.partner.boundary;

import static be.draaischijf.testing.TestDatabase.inTransaction;
import static be.draaischijf.testing.TestDatabase.runInTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.partner.api.DirectoryImport;
import be.draaischijf.partner.api.ImportFormat;
import be.draaischijf.partner.api.ImportJob;
import be.draaischijf.partner.api.ImportJobState;
import be.draaischijf.partner.api.ImportPreview;
import be.draaischijf.partner.api.ImportRejected;
import be.draaischijf.partner.api.ImportRowResult;
import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.entity.ImportJobFile;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.NotAllowedNow;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The import page's file, checked rows and progress kept in the database as an import job (ADR 0051), so that the
 * session holds the job's id only: any server shows the job, starts it, runs it, and reads how far it is while it runs.
 */
class ImportJobsDatabaseTest {

    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    static final String VALID = DirectoryImportDatabaseTest.HEADER
            + "Jobtest Vzw;welzijn;Kiel;Huiswerkklas;Hulp bij huiswerk;groepswerk;10;14;rechtstreeks;Kiel;Spijbelen;nl|fr;2\n"
            + "jobtest vzw;;;Praatgroep;Praten in groep;Groepswerk;12;16;via verwijzing;Stadsbreed;Psychosociaal welzijn;;0\n"
            + "Arktos;;;Schoolondersteunend traject;;;;;;;;;1\n";

    static final String ONE_BAD_ROW = DirectoryImportDatabaseTest.HEADER
            + "Jobtest Fout;welzijn;Kiel;Huiswerkklas;Hulp bij huiswerk;groepswerk;10;14;rechtstreeks;Kiel;Spijbelen;nl;2\n"
            + "Jobtest Fout;;;Praatgroep;Praten in groep;groepswerk;12;abc;rechtstreeks;Kiel;Spijbelen;nl;0\n";

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCheckedFileIsAJobOfTheCallersWithItsRowsAndAnotherCoordinatorCannotSeeIt(TestDatabase kind) {
        try (EntityManagerFactory emf = database(kind)) {
            ImportJob checked = inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator").check(ImportFormat.CSV, "aanbod.csv", VALID));

            assertThat(checked.state()).isEqualTo(ImportJobState.CHECKED);
            assertThat(checked.fileName()).isEqualTo("aanbod.csv");
            assertThat(checked.rowsTotal()).isEqualTo(3);
            assertThat(checked.percent()).isZero();
            ImportPreview rows = inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator").rows(checked.id()));
            ImportPreview direct = inTransaction(emf, (EntityManager em) -> DirectoryImportDatabaseTest.importer(em).preview(ImportFormat.CSV, VALID));
            assertThat(rows).as("the rows as the directory checked them").isEqualTo(direct);
            assertThat(rows.rows().get(0).newOrganisation()).isTrue();
            assertThat(rows.rows().get(2).newOrganisation()).as("Arktos exists").isFalse();
            assertThat(content(emf, checked.id())).as("the file, kept for the import").isEqualTo(VALID);

            // on another server (another bean, another transaction) the job is the same
            assertThat(inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator").find(checked.id()))).isEqualTo(checked);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator2").find(checked.id())))
                    .isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator2").start(checked.id())))
                    .isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator").find(UUID.randomUUID())))
                    .isInstanceOf(NotFound.class);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFileWithABadRowKeepsItsRowsNotItsTextAndCannotBeStarted(TestDatabase kind) {
        try (EntityManagerFactory emf = database(kind)) {
            ImportJob invalid = inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator").check(ImportFormat.CSV, "fout.csv", ONE_BAD_ROW));

            assertThat(invalid.state()).isEqualTo(ImportJobState.INVALID);
            ImportPreview rows = inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator").rows(invalid.id()));
            assertThat(rows.valid()).isFalse();
            assertThat(rows.rows().get(1).errors()).containsExactly(
                    FieldError.of("max_leeftijd", "partner.import.cell.number", "value", "abc"));
            assertThat(content(emf, invalid.id())).isNull();
            List<UUID> started = new ArrayList<>();
            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator", NOW, started).start(invalid.id())))
                    .isInstanceOfSatisfying(NotAllowedNow.class, e -> assertThat(e.key()).isEqualTo("partner.import.job.invalid"));
            assertThat(started).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aStartedJobRunsInTheBackgroundWhileAnyServerReadsHowFarItIsAndEndsDone(TestDatabase kind) {
        try (EntityManagerFactory emf = database(kind)) {
            UUID id = inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator").check(ImportFormat.CSV, "aanbod.csv", VALID)).id();
            List<UUID> started = new ArrayList<>();

            ImportJob running = inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator", NOW, started).start(id));

            assertThat(running.state()).isEqualTo(ImportJobState.RUNNING);
            assertThat(started).as("handed to the background once").containsExactly(id);
            ImportJob again = inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator", NOW, started).start(id));
            assertThat(again.state()).as("a second click").isEqualTo(ImportJobState.RUNNING);
            assertThat(started).as("starts nothing").hasSize(1);

            List<Integer> seenElsewhere = new ArrayList<>();
            runner(emf, (done, total) -> seenElsewhere.add(
                    inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator").find(id)).percent())).run(id);

            assertThat(seenElsewhere).as("each row's progress, committed where another server reads it").containsExactly(33, 66, 100);
            ImportJob done = inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator").find(id));
            assertThat(done.state()).isEqualTo(ImportJobState.DONE);
            assertThat(done.percent()).isEqualTo(100);
            assertThat(done.rowsDone()).isEqualTo(3);
            assertThat(inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator").rows(id)).rows())
                    .extracting(ImportRowResult::newOrganisation).as("the rows as they were imported").containsExactly(true, true, false);
            assertThat(content(emf, id)).as("the file is gone once imported").isNull();
            assertThat(organisationNames(emf)).contains("Jobtest Vzw");
            assertThat(inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator", NOW, started).start(id)).state())
                    .isEqualTo(ImportJobState.DONE);
            assertThat(started).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anImportThatFindsABadRowOrFailsEndsSoWithNothingSaved(TestDatabase kind) {
        try (EntityManagerFactory emf = database(kind)) {
            UUID rejected = startedJob(emf);
            ImportPreview why = new ImportPreview(List.of(new ImportRowResult(2, "Jobtest Vzw", true, "Huiswerkklas", true,
                    List.of(FieldError.of("wijken", "partner.import.cell.unknown", "value", "Kiel")))), List.of());
            runner(emf, new StubImport(new ImportRejected(why))).run(rejected);

            assertThat(inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator").find(rejected)).state())
                    .isEqualTo(ImportJobState.REJECTED);
            assertThat(inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator").rows(rejected)))
                    .as("the rows as the import found them").isEqualTo(why);
            assertThat(content(emf, rejected)).isNull();

            UUID failed = startedJob(emf);
            runner(emf, new StubImport(new IllegalStateException("database went away"))).run(failed);

            assertThat(inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator").find(failed)).state())
                    .isEqualTo(ImportJobState.FAILED);
            assertThat(inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator").rows(failed)).valid())
                    .as("the checked rows stay").isTrue();
            assertThat(organisationNames(emf)).doesNotContain("Jobtest Vzw");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aJobWhoseServerStoppedIsShownAsFailedAndJobsGoAfterADay(TestDatabase kind) {
        try (EntityManagerFactory emf = database(kind)) {
            UUID id = startedJob(emf);

            assertThat(inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator", NOW.plus(Duration.ofMinutes(9)), new ArrayList<>()).find(id)).state())
                    .isEqualTo(ImportJobState.RUNNING);
            assertThat(inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator", NOW.plus(Duration.ofMinutes(11)), new ArrayList<>()).find(id)).state())
                    .as("no progress for over ten minutes").isEqualTo(ImportJobState.FAILED);

            inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator", NOW.plus(Duration.ofHours(25)), new ArrayList<>())
                    .check(ImportFormat.CSV, "later.csv", VALID));

            assertThatThrownBy(() -> inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator").find(id)))
                    .as("removed with its file at the next check a day later").isInstanceOf(NotFound.class);
            assertThat(content(emf, id)).isNull();
        }
    }

    private static EntityManagerFactory database(TestDatabase kind) {
        return TestDatabase.persistenceUnit("partner", kind.migrated("partner", true));
    }

    /** A checked and started job (of the demo coordinator, at {@link #NOW}), not yet run. */
    private static UUID startedJob(EntityManagerFactory emf) {
        UUID id = inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator", NOW, new ArrayList<>())
                .check(ImportFormat.CSV, "aanbod.csv", VALID)).id();
        inTransaction(emf, (EntityManager em) -> jobs(em, "coordinator", NOW, new ArrayList<>()).start(id));
        return id;
    }

    static ImportJobsBean jobs(EntityManager em, String caller) {
        return jobs(em, caller, NOW, new ArrayList<>());
    }

    /** The jobs as this demo account calls them, at this moment; a started job's id goes to {@code started}. */
    static ImportJobsBean jobs(EntityManager em, String caller, Instant now, List<UUID> started) {
        ImportJobsBean bean = new ImportJobsBean();
        bean.em = em;
        bean.caller = DemoAccounts.caller(caller);
        bean.directoryImport = DirectoryImportDatabaseTest.importer(em, caller);
        bean.clock = Clock.fixed(now, ZoneOffset.UTC);
        bean.runner = new ImportJobRunner() {
            @Override
            public void run(UUID id) {
                started.add(id);
            }
        };
        return bean;
    }

    /**
     * The background run as the server does it, each step in its own transaction: the directory's import in one, each
     * line of progress and the end in their own; {@code onProgress} is told after each row's progress was written.
     */
    private static ImportJobRunner runner(EntityManagerFactory emf, DirectoryImport.Progress onProgress) {
        return runner(emf, new DirectoryImport() {
            @Override
            public ImportPreview preview(ImportFormat format, String content) {
                throw new UnsupportedOperationException("the runner imports");
            }

            @Override
            public ImportPreview apply(ImportFormat format, String content, Progress progress) {
                return inTransaction(emf, (EntityManager em) -> DirectoryImportDatabaseTest.importer(em, "coordinator")
                        .apply(format, content, (done, total) -> {
                            progress.rowsDone(done, total);
                            onProgress.rowsDone(done, total);
                        }));
            }
        });
    }

    private static ImportJobRunner runner(EntityManagerFactory emf, DirectoryImport directoryImport) {
        ImportJobRunner runner = new ImportJobRunner();
        runner.directoryImport = directoryImport;
        runner.progress = new ImportJobProgress() {
            @Override
            public Work work(UUID id) {
                return inTransaction(emf, (EntityManager em) -> progress(em).work(id));
            }

            @Override
            public void rowsDone(UUID id, int done, int total) {
                runInTransaction(emf, (EntityManager em) -> progress(em).rowsDone(id, done, total));
            }

            @Override
            public void ended(UUID id, ImportJobState outcome, ImportPreview rows) {
                runInTransaction(emf, (EntityManager em) -> progress(em).ended(id, outcome, rows));
            }
        };
        return runner;
    }

    private static ImportJobProgress progress(EntityManager em) {
        ImportJobProgress progress = new ImportJobProgress();
        progress.em = em;
        progress.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return progress;
    }

    /** An import that ends with this exception. */
    private record StubImport(RuntimeException outcome) implements DirectoryImport {

        @Override
        public ImportPreview preview(ImportFormat format, String content) {
            throw new UnsupportedOperationException("the runner imports");
        }

        @Override
        public ImportPreview apply(ImportFormat format, String content, Progress progress) {
            throw outcome;
        }
    }

    private static String content(EntityManagerFactory emf, UUID id) {
        return inTransaction(emf, (EntityManager em) -> {
            ImportJobFile file = em.find(ImportJobFile.class, id);
            return file == null ? null : file.content();
        });
    }

    private static List<String> organisationNames(EntityManagerFactory emf) {
        return inTransaction(emf, (EntityManager em) -> OrganisationEditingDatabaseTest.organisations(em).listAll(0, 500)).stream()
                .map(OrganisationView::name).toList();
    }
}
