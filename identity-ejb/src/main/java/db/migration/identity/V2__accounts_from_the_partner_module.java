package db.migration.identity;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A database made by a release before the identity module keeps its accounts in the partner module's tables
 * ({@code account}, {@code account_role}, {@code account_token}): they are copied here, every column as it was,
 * so that everyone keeps their password, roles and open links. On a new database those tables do not exist
 * (yet), and there is nothing to copy. The partner module drops its tables afterwards (its V6); the EAR starts
 * this module first.
 */
public class V2__accounts_from_the_partner_module extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!exists(connection, "account")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into identity_account (id, username, display_name, email, password_hash,"
                    + " organisation_id, language, failed_logins, locked_until, active, verified_at, created_at,"
                    + " organisation_name, job_title, version)"
                    + " select id, username, display_name, email, password_hash, organisation_id, language, failed_logins,"
                    + " locked_until, active, verified_at, created_at, organisation_name, job_title, version from account");
            statement.executeUpdate("insert into identity_account_role (account_id, role) select account_id, role from account_role");
            if (exists(connection, "account_token")) {
                statement.executeUpdate("insert into identity_token (token_hash, purpose, account_id, created_at, expires_at, used_at)"
                        + " select token_hash, purpose, account_id, created_at, expires_at, used_at from account_token");
            }
        }
    }

    /** Whether the current schema has this table (lower case, as both databases keep it here). */
    static boolean exists(Connection connection, String table) throws SQLException {
        String schema = connection.getSchema();
        try (ResultSet tables = connection.getMetaData().getTables(null, schema, table, new String[] {"TABLE", "BASE TABLE"})) {
            return tables.next();
        }
    }
}
