package be.draaischijf.network.boundary;

import jakarta.persistence.EntityManager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.draaischijf.network.api.SignalDraft;
import be.draaischijf.network.api.SignalFilter;
import be.draaischijf.network.api.SignalOverview;
import be.draaischijf.network.api.SignalSource;
import be.draaischijf.network.api.SignalView;
import be.draaischijf.network.api.ThemeCount;
import be.draaischijf.network.api.ThemeDistrictCount;
import be.draaischijf.network.api.ThemeMonthCount;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Signals (ADR 0045) on real PostgreSQL and on H2: what is recorded, what is refused, and the counts the database makes. */
class SignalsDatabaseTest {

    /** A Wednesday in March, in Brussels. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 18);

    final NetworkFixture fixture = new NetworkFixture();

    SignalsDatabaseTest() {
        fixture.clock = Clock.fixed(TODAY.atTime(10, 0).atZone(SignalsBean.BRUSSELS).toInstant(), SignalsBean.BRUSSELS);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSignalFromACaseKeepsTheCasesReferenceAndNothingElseOfTheCase(TestDatabase kind) throws SQLException {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            SignalDraft fromCase = new SignalDraft(TODAY, SignalSource.CASE, "NETSTERK_KIEL", " ds-2026-0002 ", "HOBOKEN",
                    Set.of("HOME_SITUATION", "TRUANCY"), "  Een onstabiele thuissituatie houdt jongeren weg van school.  ",
                    null);

            SignalView signal = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").signals(em).add(fromCase));

            assertThat(signal.source()).isEqualTo(SignalSource.CASE);
            assertThat(signal.caseReference()).as("upper case, without spaces").isEqualTo("DS-2026-0002");
            assertThat(signal.forumCode()).as("a forum only for a forum").isNull();
            assertThat(signal.themes()).containsExactly("HOME_SITUATION", "TRUANCY");
            assertThat(signal.description()).isEqualTo("Een onstabiele thuissituatie houdt jongeren weg van school.");
            assertThat(signal.recordedBy()).isEqualTo("coordinator");
            assertThat(fixture.caseQueries).as("the case module asked by reference, through its own search")
                    .singleElement().satisfies(filter -> assertThat(filter.query()).isEqualTo("DS-2026-0002"));
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("admin").signals(em).find(signal.id()))).isEqualTo(signal);
            // what a signal can hold at all: no column for a name, a birth date, a question or anything else of a case
            assertThat(columns("network_signal")).containsExactlyInAnyOrder("id", "signal_date", "source", "forum_code",
                    "case_reference", "district", "description", "brought_by", "recorded_by", "recorded_at");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void badInputIsRefusedFieldByFieldAndNothingIsSaved(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            SignalDraft wrong = new SignalDraft(TODAY.plusDays(1), SignalSource.CASE, null, "DS-2026-0999", "LILLO",
                    Set.of("SCHOOL_FATIGUE", "RETIRED", "NO_SUCH_THEME"), "Te veel afwezigheden.", null);

            assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").signals(em).add(wrong)))
                    .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors())
                            .extracting(FieldError::field, FieldError::key).containsExactly(
                                    tuple("date", "network.signal.date.future"),
                                    tuple("caseReference", "network.signal.case.unknown"),
                                    tuple("district", "network.signal.district.unknown"),
                                    tuple("themes", "network.signal.themes.unknown")));
            SignalDraft forumWithout = new SignalDraft(TODAY, SignalSource.FORUM, null, null, "KIEL", Set.of("TRUANCY"),
                    "Spijbelen na de paasvakantie.", null);
            assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").signals(em).add(forumWithout)))
                    .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors())
                            .extracting(FieldError::field, FieldError::key)
                            .containsExactly(tuple("forumCode", "network.signal.forum.required")));
            SignalDraft oldForum = new SignalDraft(TODAY, SignalSource.FORUM, "OLD_FORUM", null, "KIEL", Set.of("TRUANCY"),
                    "Spijbelen na de paasvakantie.", null);
            assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").signals(em).add(oldForum)))
                    .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors())
                            .extracting(FieldError::key).containsExactly("network.signal.forum.unknown"));
            SignalDraft caseWithout = new SignalDraft(TODAY, SignalSource.CASE, null, null, "KIEL", Set.of("TRUANCY"),
                    "Spijbelen na de paasvakantie.", null);
            assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").signals(em).add(caseWithout)))
                    .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors())
                            .extracting(FieldError::key).containsExactly("network.signal.case-reference.required"));

            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").signals(em).count(SignalFilter.none())))
                    .as("nothing saved").isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void onlyACoordinatorLinksASignalToACaseAndOnlyCoordinatorsAndAdministratorsWorkWithSignals(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            SignalDraft fromCase = new SignalDraft(TODAY, SignalSource.CASE, null, "DS-2026-0001", "KIEL", Set.of("TRUANCY"),
                    "Spijbelen na de paasvakantie.", null);

            // an administrator is no case worker (ADR 0042): the case module's search is not theirs to ask
            assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.as("admin").signals(em).add(fromCase)))
                    .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors())
                            .extracting(FieldError::field, FieldError::key)
                            .containsExactly(tuple("caseReference", "network.signal.case.coordinators-only")));
            assertThat(fixture.caseQueries).as("the case module was not asked").isEmpty();
            SignalDraft question = new SignalDraft(TODAY, SignalSource.QUESTION, null, "DS-2026-0001", "KIEL",
                    Set.of("TRUANCY"), "Drie scholen vroegen ernaar.", "Drie scholen");
            SignalView fromAdmin = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("admin").signals(em).add(question));
            assertThat(fromAdmin.caseReference()).as("a reference only for a case").isNull();
            assertThat(fromAdmin.broughtBy()).isEqualTo("Drie scholen");

            for (String who : new String[] {"partner.xstra", "professional"}) {
                assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.as(who).signals(em).add(question)))
                        .as(who).isInstanceOf(NotPermitted.class);
                assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.as(who).signals(em)
                        .list(SignalFilter.none(), 0, 10))).as(who).isInstanceOf(NotPermitted.class);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDatabaseCountsSignalsPerThemeMonthAndDistrictAndListsThemLatestFirst(TestDatabase kind) {
        try (EntityManagerFactory emf = fixture.database(kind, false)) {
            recorded(emf, LocalDate.of(2026, 1, 31), "KIEL", "TRUANCY", "SCHOOL_FATIGUE");
            recorded(emf, LocalDate.of(2026, 2, 1), "KIEL", "TRUANCY");
            recorded(emf, LocalDate.of(2026, 2, 14), "HOBOKEN", "TRUANCY");
            recorded(emf, LocalDate.of(2026, 2, 14), "KIEL", "MENTAL_WELLBEING");
            recorded(emf, LocalDate.of(2026, 3, 2), "CITY_WIDE", "SCHOOL_FATIGUE");
            recorded(emf, LocalDate.of(2025, 12, 31), "KIEL", "TRUANCY");
            fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").signals(em).add(new SignalDraft(LocalDate.of(2026, 3, 3),
                    SignalSource.CASE, null, "DS-2026-0001", "KIEL", Set.of("HOME_SITUATION", "TRUANCY"), "Uit een dossier.", null)));
            fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").signals(em).add(new SignalDraft(LocalDate.of(2026, 3, 4),
                    SignalSource.CASE, null, "DS-2026-0001", "HOBOKEN", Set.of("TRUANCY"), "Nog een uit hetzelfde dossier.", null)));

            LocalDate from = LocalDate.of(2026, 1, 1);
            LocalDate until = LocalDate.of(2026, 4, 1);
            SignalOverview overview = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").signals(em).overview(from, until));

            assertThat(overview.total()).as("each signal once, the one of December left out").isEqualTo(7);
            assertThat(overview.perTheme()).containsExactly(new ThemeCount("HOME_SITUATION", 1),
                    new ThemeCount("MENTAL_WELLBEING", 1), new ThemeCount("SCHOOL_FATIGUE", 2), new ThemeCount("TRUANCY", 5));
            assertThat(overview.perMonth()).containsExactly(
                    new ThemeMonthCount("HOME_SITUATION", YearMonth.of(2026, 3), 1),
                    new ThemeMonthCount("MENTAL_WELLBEING", YearMonth.of(2026, 2), 1),
                    new ThemeMonthCount("SCHOOL_FATIGUE", YearMonth.of(2026, 1), 1),
                    new ThemeMonthCount("SCHOOL_FATIGUE", YearMonth.of(2026, 3), 1),
                    new ThemeMonthCount("TRUANCY", YearMonth.of(2026, 1), 1),
                    new ThemeMonthCount("TRUANCY", YearMonth.of(2026, 2), 2),
                    new ThemeMonthCount("TRUANCY", YearMonth.of(2026, 3), 2));
            assertThat(overview.perDistrict()).contains(new ThemeDistrictCount("TRUANCY", "KIEL", 3),
                    new ThemeDistrictCount("TRUANCY", "HOBOKEN", 2), new ThemeDistrictCount("SCHOOL_FATIGUE", "CITY_WIDE", 1))
                    .hasSize(6);
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("admin").statistics(em).perTheme(from, until)))
                    .as("the reports' figures are the overview's").isEqualTo(overview.perTheme());
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("admin").statistics(em)
                    .perTheme(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 15))))
                    .containsExactly(new ThemeCount("MENTAL_WELLBEING", 1), new ThemeCount("TRUANCY", 1));
            assertThatThrownBy(() -> fixture.inTransaction(emf, (EntityManager em) -> fixture.as("admin").statistics(em).perTheme(until, until)))
                    .isInstanceOfSatisfying(Invalid.class, invalid -> assertThat(invalid.errors())
                            .extracting(FieldError::field, FieldError::key)
                            .containsExactly(tuple("until", "network.statistics.until-after-from")));

            var truancy = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").signals(em)
                    .list(SignalFilter.ofTheme("TRUANCY"), 0, 3));
            assertThat(truancy).extracting(SignalView::date).containsExactly(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 3),
                    LocalDate.of(2026, 2, 14));
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").signals(em)
                    .list(SignalFilter.ofTheme("TRUANCY"), 3, 3))).extracting(SignalView::date)
                    .containsExactly(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31), LocalDate.of(2025, 12, 31));
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").signals(em).count(SignalFilter.ofTheme("TRUANCY"))))
                    .isEqualTo(6);
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").signals(em)
                    .count(new SignalFilter("TRUANCY", "KIEL", from, until)))).isEqualTo(3);
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").signals(em).perTheme()))
                    .as("all time").contains(new ThemeCount("TRUANCY", 6));
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").signals(em).caseReferences("TRUANCY")))
                    .as("each case once").containsExactly("DS-2026-0001");
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").signals(em).caseReferences("MENTAL_WELLBEING")))
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theDemoHasSignalsOfSeveralThemesOneFromACase(TestDatabase kind) {
        fixture.clock = Clock.system(SignalsBean.BRUSSELS);
        try (EntityManagerFactory emf = fixture.database(kind, true)) {
            LocalDate today = fixture.today();
            SignalOverview overview = fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").signals(em)
                    .overview(today.minusMonths(6), today.plusDays(1)));

            assertThat(overview.total()).isEqualTo(6);
            assertThat(overview.perTheme()).extracting(ThemeCount::code).contains("SCHOOL_FATIGUE", "TRUANCY", "HOME_SITUATION");
            assertThat(fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").signals(em).caseReferences("HOME_SITUATION")))
                    .containsExactly("DS-2026-0002");
        }
    }

    private void recorded(EntityManagerFactory emf, LocalDate date, String district, String... themes) {
        fixture.inTransaction(emf, (EntityManager em) -> fixture.as("coordinator").signals(em).add(new SignalDraft(date, SignalSource.FORUM,
                "NETSTERK_KIEL", null, district, Set.of(themes), "Een signaal van het lokaal overleg.", "Lokaal overleg")));
    }

    /** The columns of a table, in lower case. */
    private Set<String> columns(String table) throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (Connection connection = fixture.dataSource.getConnection();
             ResultSet rows = connection.getMetaData().getColumns(null, null, table, null)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return columns;
    }
}
