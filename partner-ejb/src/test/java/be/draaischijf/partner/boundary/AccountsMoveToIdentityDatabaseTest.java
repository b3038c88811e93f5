package be.draaischijf.partner.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.platform.ModuleSchema;
import be.draaischijf.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database made by the release before the identity module (its accounts in the partner module's tables) is
 * upgraded as the EAR does it, without manual steps: the identity module migrates first and takes every account
 * over (password hash, roles, organisation, throttle, open links), then the partner module drops its old tables.
 */
class AccountsMoveToIdentityDatabaseTest {

    static final String COORDINATOR = "4f6e797d-cdc2-5a7a-b1a4-c07c76af79e9";
    static final String PARTNER_STAFF = "0258602e-62e3-5589-8c8a-324e4f5655f8";
    static final String ORGANISATION = "87b7428c-50dc-51ef-bbeb-e2bec2af255f";
    static final String HASH = "PBKDF2WithHmacSHA256:210000:8Mnfl/Oid+zSno0AknEOSlGkgolXEywJ62S0TouTLK4="
            + ":OcJXgJFzrwdEHCkAQQfutQwlI9rpIqkD7tem07MiyaU=";

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyAccountOfTheEarlierReleaseIsKeptByTheIdentityModule(TestDatabase kind) throws SQLException {
        DataSource ds = kind.create();
        earlierRelease(ds);

        new ModuleSchema("identity", getClass().getClassLoader()).migrate(ds, false);
        new ModuleSchema("partner", getClass().getClassLoader()).migrate(ds, false);

        assertThat(rows(ds, "select username, display_name, email, password_hash, cast(organisation_id as varchar(36)),"
                + " failed_logins, active, organisation_name from identity_account order by username")).containsExactly(
                List.of("coordinator", "Coördinator", "coordinator@example.org", HASH, "null", "0", "true", "null"),
                List.of("partner.elegast", "Medewerker Elegast", "staff@elegast.example.org", HASH, ORGANISATION, "3",
                        "true", "null"));
        assertThat(rows(ds, "select cast(account_id as varchar(36)), role from identity_account_role order by role"))
                .containsExactly(List.of(COORDINATOR, "COORDINATOR"), List.of(PARTNER_STAFF, "PARTNER"));
        assertThat(rows(ds, "select token_hash, purpose from identity_token"))
                .containsExactly(List.of("a".repeat(64), "SET_PASSWORD"));
        assertThat(tableExists(ds, "account")).as("the partner module's old table is gone").isFalse();
        assertThat(tableExists(ds, "account_role")).isFalse();
        assertThat(tableExists(ds, "account_token")).isFalse();
        assertThat(rows(ds, "select count(*) from organisation")).containsExactly(List.of("1"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void thePartnerModuleDropsNoAccountThatTheIdentityModuleDidNotTakeOver(TestDatabase kind) throws SQLException {
        DataSource ds = kind.create();
        earlierRelease(ds);

        assertThatThrownBy(() -> new ModuleSchema("partner", getClass().getClassLoader()).migrate(ds, false))
                .hasStackTraceContaining("migrates the identity module first");
        assertThat(rows(ds, "select username from account order by username"))
                .containsExactly(List.of("coordinator"), List.of("partner.elegast"));
    }

    /** The partner module's migrations up to the release before the identity module, and some of its accounts. */
    private static void earlierRelease(DataSource ds) {
        Flyway.configure(AccountsMoveToIdentityDatabaseTest.class.getClassLoader()).dataSource(ds)
                .locations("classpath:db/migration/partner").table("flyway_history_partner")
                .baselineOnMigrate(true).baselineVersion("0").target("5").load().migrate();
        TestDatabase.execute(ds, "insert into organisation (id, name, sector) values ('" + ORGANISATION + "', 'Elegast', 'DROPOUT_PREVENTION')");
        TestDatabase.execute(ds, "insert into account (id, username, display_name, email, password_hash) values ('"
                + COORDINATOR + "', 'coordinator', 'Coördinator', 'coordinator@example.org', '" + HASH + "')");
        TestDatabase.execute(ds, "insert into account_role (account_id, role) values ('" + COORDINATOR + "', 'COORDINATOR')");
        TestDatabase.execute(ds, "insert into account (id, username, display_name, email, password_hash, organisation_id,"
                + " failed_logins) values ('" + PARTNER_STAFF + "', 'partner.elegast', 'Medewerker Elegast',"
                + " 'staff@elegast.example.org', '" + HASH + "', '" + ORGANISATION + "', 3)");
        TestDatabase.execute(ds, "insert into account_role (account_id, role) values ('" + PARTNER_STAFF + "', 'PARTNER')");
        TestDatabase.execute(ds, "insert into account_token (token_hash, purpose, account_id, created_at, expires_at) values ('"
                + "a".repeat(64) + "', 'SET_PASSWORD', '" + COORDINATOR + "', current_timestamp, current_timestamp)");
    }

    private static List<List<String>> rows(DataSource ds, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(String.valueOf(r.getObject(i)));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static boolean tableExists(DataSource ds, String table) throws SQLException {
        try (Connection c = ds.getConnection();
             ResultSet tables = c.getMetaData().getTables(null, c.getSchema(), table, new String[] {"TABLE", "BASE TABLE"})) {
            return tables.next();
        }
    }
}
