package be.draaischijf.referral.boundary;

import static be.draaischijf.referral.boundary.CaseWorkFixture.intake;
import static be.draaischijf.testing.TestDatabase.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.platform.ModuleSchema;
import be.draaischijf.referral.api.AuditBreak;
import be.draaischijf.referral.api.AuditCheck;
import be.draaischijf.referral.api.AuditProblem;
import be.draaischijf.referral.entity.AuditDigest;
import be.draaischijf.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The case audit log as a hash chain per case (ADR 0040), on real PostgreSQL and on H2: every line is the next link
 * of its case's chain, the administrators' check finds every chain intact and names the case and line where one was
 * changed, cut or cut short; on PostgreSQL the database itself refuses to change or delete a line.
 */
class AuditChainDatabaseTest {

    private static final UUID NEW_CASE = UUID.fromString("0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e01");
    private static final UUID OVERDUE_CASE = UUID.fromString("0b7f4c3e-1d2a-4a51-9e0f-3c1d2b4a5e02");

    private final CaseWorkFixture module = new CaseWorkFixture();

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyReadAndChangeIsTheNextLinkOfItsCasesChainAndTheCheckFindsEveryChainIntact(TestDatabase kind) throws SQLException {
        DataSource ds = kind.migrated("referral", true);
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("referral", ds)) {
            UUID submitted = written(emf);

            AuditCheck check = verify(emf);

            assertThat(check.intact()).isTrue();
            assertThat(check.breaks()).isEmpty();
            assertThat(check.checkedRows()).as("four lines of one case, two of another, the new case's intake").isEqualTo(7);
            assertThat(check.checkedCases()).isEqualTo(3);
            List<List<String>> lines = rows(ds, "select seq, prev_hash, hash from case_audit where referral_id = '"
                    + NEW_CASE + "' order by seq");
            assertThat(lines).extracting(line -> line.get(0)).containsExactly("1", "2", "3", "4");
            assertThat(lines).allSatisfy(line -> assertThat(line.get(2)).matches("[0-9a-f]{64}"));
            assertThat(lines.get(0).get(1)).as("the first line follows none").isEqualTo("null");
            for (int i = 1; i < lines.size(); i++) {
                assertThat(lines.get(i).get(1)).as("line %d holds the hash of the line before", i + 1)
                        .isEqualTo(lines.get(i - 1).get(2));
            }
            assertThat(rows(ds, "select seq, hash from case_audit_head where referral_id = '" + NEW_CASE + "'"))
                    .as("the head names the last line").containsExactly(List.of("4", lines.get(3).get(2)));
            assertThat(rows(ds, "select seq from case_audit where referral_id = '" + submitted + "'"))
                    .as("a new case's intake is line 1 of its own chain").containsExactly(List.of("1"));
        }
    }

    @Test
    void onH2WhereNoTriggerGuardsTheTableTheCheckNamesTheCaseAndLineThatWasChangedTakenOutOrCutOff() {
        String line = " from case_audit where referral_id = '" + NEW_CASE + "' and seq = ";

        assertThat(tampered(ds -> execute(ds, "update case_audit set actor = 'someone.else' where referral_id = '"
                + NEW_CASE + "' and seq = 2")))
                .as("a line changed afterwards: its fields no longer give its hash")
                .containsExactly(new AuditBreak(NEW_CASE, "DS-2026-0001", 2, AuditProblem.EDITED));
        assertThat(tampered(ds -> execute(ds, "delete" + line + "2")))
                .as("a line taken out of the middle")
                .containsExactly(new AuditBreak(NEW_CASE, "DS-2026-0001", 2, AuditProblem.GAP));
        assertThat(tampered(ds -> execute(ds, "delete" + line + "4")))
                .as("the last line taken off: the head still names it")
                .containsExactly(new AuditBreak(NEW_CASE, "DS-2026-0001", 4, AuditProblem.HEAD_MISMATCH));
        assertThat(tampered(ds -> rewriteWithFreshHash(ds, OVERDUE_CASE, 1, "someone.else")))
                .as("a line rewritten with a fresh hash of its own: the next line's link to it no longer holds")
                .containsExactly(new AuditBreak(OVERDUE_CASE, "DS-2026-0002", 1, AuditProblem.EDITED));
    }

    @Test
    void onPostgresqlTheDatabaseRefusesToChangeOrDeleteAnAuditLine() throws SQLException {
        DataSource ds = TestDatabase.POSTGRESQL.migrated("referral", true);
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("referral", ds)) {
            written(emf);
            String everything = "select cast(id as varchar(36)), cast(referral_id as varchar(36)), seq, actor, action,"
                    + " message, prev_hash, hash from case_audit order by referral_id, seq";
            List<List<String>> before = rows(ds, everything);
            List<List<String>> headsBefore = rows(ds, "select cast(referral_id as varchar(36)), seq, hash"
                    + " from case_audit_head order by referral_id");

            // the tests connect as the database's owner (a superuser, even): the trigger refuses them all the same
            for (String sql : List.of("update case_audit set actor = 'x'", "update case_audit set hash = hash",
                    "delete from case_audit", "delete from case_audit where referral_id = '" + NEW_CASE + "' and seq = 4",
                    "truncate case_audit", "delete from case_audit_head", "truncate case_audit_head")) {
                assertThatThrownBy(() -> execute(ds, sql)).as(sql)
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only").hasMessageContaining("refused");
            }

            assertThat(rows(ds, everything)).as("every line as it was").isEqualTo(before);
            assertThat(rows(ds, "select cast(referral_id as varchar(36)), seq, hash from case_audit_head order by referral_id"))
                    .isEqualTo(headsBefore);
            assertThat(verify(emf).intact()).isTrue();
            // adding lines goes on: the head moves to each new last line
            inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).open(NEW_CASE));
            assertThat(rows(ds, "select seq from case_audit_head where referral_id = '" + NEW_CASE + "'"))
                    .containsExactly(List.of("5"));
            assertThat(verify(emf)).satisfies(check -> {
                assertThat(check.intact()).isTrue();
                assertThat(check.checkedRows()).isEqualTo(8);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void linesWrittenBeforeTheChainAreChainedInTheOrderTheyWereWrittenAndCheckIntact(TestDatabase kind) throws SQLException {
        DataSource ds = kind.create();
        Flyway.configure(getClass().getClassLoader()).dataSource(ds).locations("classpath:db/migration/referral")
                .table("flyway_history_referral").baselineOnMigrate(true).baselineVersion("0").target("5").load().migrate();
        UUID earlier = UUID.fromString("7a000000-0000-4000-8000-000000000001");
        UUID other = UUID.fromString("7a000000-0000-4000-8000-000000000002");
        for (UUID id : List.of(earlier, other)) {
            execute(ds, "insert into referral (id, reference, status, young_first_name, young_last_name, young_birth_date,"
                    + " question, received_at) values ('" + id + "', 'DS-2025-000" + (id.equals(earlier) ? 7 : 8)
                    + "', 'IN_ANALYSIS', 'Eerdere', 'Jongere', DATE '2009-05-01', 'Een vraag van vroeger.', CURRENT_TIMESTAMP)");
        }
        OffsetDateTime nine = OffsetDateTime.of(2025, 3, 1, 9, 0, 0, 123_456_000, ZoneOffset.UTC);
        // written in this order, but they happened in another: by time, and by id when at the same moment
        legacyLine(ds, "00000000-0000-4000-8000-00000000000d", earlier, nine.plusMinutes(3), "coordinator", null, "audit.caseOpened", "");
        legacyLine(ds, "00000000-0000-4000-8000-00000000000a", earlier, nine, "coordinator", "Dossier geopend", null, null);
        legacyLine(ds, "00000000-0000-4000-8000-00000000000c", earlier, nine.plusMinutes(3), "coordinator2", null,
                "event.status", "STATUS:NEW\nSTATUS:IN_ANALYSIS");
        legacyLine(ds, "00000000-0000-4000-8000-00000000000b", earlier, nine.plusMinutes(1), "admin", "Auditlog bekeken", null, null);
        legacyLine(ds, "00000000-0000-4000-8000-00000000000e", other, nine.plusMinutes(2), "coordinator", null, "audit.listed", "");

        new ModuleSchema("referral", getClass().getClassLoader()).migrate(ds, false);

        assertThat(rows(ds, "select cast(id as varchar(36)), seq from case_audit where referral_id = '" + earlier
                + "' order by seq")).containsExactly(
                List.of("00000000-0000-4000-8000-00000000000a", "1"), List.of("00000000-0000-4000-8000-00000000000b", "2"),
                List.of("00000000-0000-4000-8000-00000000000c", "3"), List.of("00000000-0000-4000-8000-00000000000d", "4"));
        assertThat(rows(ds, "select seq from case_audit_head where referral_id = '" + earlier + "'")).containsExactly(List.of("4"));
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("referral", ds)) {
            AuditCheck check = verify(emf);
            assertThat(check.breaks()).as("the migration hashes as the module does").isEmpty();
            assertThat(check.intact()).isTrue();
            assertThat(check.checkedRows()).isEqualTo(5);
            assertThat(check.checkedCases()).isEqualTo(2);

            inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).open(earlier));

            assertThat(rows(ds, "select seq from case_audit_head where referral_id = '" + earlier + "'")).containsExactly(List.of("5"));
            assertThat(verify(emf)).satisfies(after -> {
                assertThat(after.intact()).isTrue();
                assertThat(after.checkedRows()).isEqualTo(6);
            });
        }
    }

    /** Lines in the logs of two demo cases and a new one: four of DS-2026-0001, two of DS-2026-0002, one intake. */
    private UUID written(EntityManagerFactory emf) {
        for (int i = 0; i < 3; i++) {
            inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).open(NEW_CASE));
        }
        inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).open(NEW_CASE));
        inTransaction(emf, (EntityManager em) -> module.as("coordinator2").cases(em).open(OVERDUE_CASE));
        inTransaction(emf, (EntityManager em) -> module.as("coordinator").cases(em).open(OVERDUE_CASE));
        return inTransaction(emf, (EntityManager em) -> module.as("professional").cases(em).submit(intake(true))).id();
    }

    /** The breaks the check finds in a database on H2 (no trigger) whose log was written as above, then tampered with. */
    private List<AuditBreak> tampered(SqlWork tamper) {
        DataSource ds = TestDatabase.H2.migrated("referral", true);
        try (EntityManagerFactory emf = TestDatabase.persistenceUnit("referral", ds)) {
            written(emf);
            assertThat(verify(emf).intact()).as("intact before").isTrue();
            try {
                tamper.run(ds);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            AuditCheck check = verify(emf);
            assertThat(check.intact()).isFalse();
            return check.breaks();
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run(DataSource ds) throws SQLException;
    }

    private static AuditCheck verify(EntityManagerFactory emf) {
        return inTransaction(emf, (EntityManager em) -> {
            CaseAuditBean bean = new CaseAuditBean();
            bean.em = em;
            return bean.verify();
        });
    }

    /** Changes one line's actor and gives it the hash its new fields give, as someone who knows the encoding would. */
    private static void rewriteWithFreshHash(DataSource ds, UUID caseId, long seq, String actor) throws SQLException {
        try (Connection connection = ds.getConnection();
             PreparedStatement read = connection.prepareStatement("select id, at, action, message, message_values, detail,"
                     + " prev_hash from case_audit where referral_id = ? and seq = ?")) {
            read.setObject(1, caseId);
            read.setLong(2, seq);
            try (ResultSet line = read.executeQuery()) {
                assertThat(line.next()).isTrue();
                UUID id = line.getObject("id", UUID.class);
                String hash = AuditDigest.of(line.getString("prev_hash"), id, caseId, seq,
                        line.getObject("at", OffsetDateTime.class).toInstant(), actor, line.getString("action"),
                        line.getString("message"), line.getString("message_values"), line.getString("detail"));
                try (PreparedStatement write = connection.prepareStatement("update case_audit set actor = ?, hash = ? where id = ?")) {
                    write.setString(1, actor);
                    write.setString(2, hash);
                    write.setObject(3, id);
                    assertThat(write.executeUpdate()).isEqualTo(1);
                }
            }
        }
    }

    /** A line as the module wrote it before the chain (V5: no number, no hashes). */
    private static void legacyLine(DataSource ds, String id, UUID caseId, OffsetDateTime at, String actor, String detail,
                                   String message, String values) throws SQLException {
        try (Connection connection = ds.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into case_audit (id, referral_id, at, actor,"
                     + " action, detail, message, message_values) values (?, ?, ?, ?, 'READ', ?, ?, ?)")) {
            insert.setObject(1, UUID.fromString(id));
            insert.setObject(2, caseId);
            insert.setObject(3, at);
            insert.setString(4, actor);
            insert.setString(5, detail);
            insert.setString(6, message);
            insert.setString(7, values);
            insert.executeUpdate();
        }
    }

    /** Plain JDBC, as a script or a console would do it, outside the module. */
    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection connection = ds.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
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
                    row.add(String.valueOf(result.getString(i)));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
