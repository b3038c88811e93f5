package db.migration.partner;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Accounts belong to the identity module now: its V1 made {@code identity_account} and friends, its V2 copied the
 * rows of this module's {@code account}, {@code account_role} and {@code account_token} there. These tables go.
 * The EAR migrates the identity module first; should accounts ever be here without the identity module's tables,
 * this refuses (the deployment fails) rather than drop anyone's account.
 */
public class V6__accounts_moved_to_identity extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            boolean accountsHere;
            try (ResultSet rows = statement.executeQuery("select count(*) from account")) {
                rows.next();
                accountsHere = rows.getLong(1) > 0;
            }
            if (accountsHere && !exists(connection, "identity_account")) {
                throw new IllegalStateException("The partner module's accounts were not copied to the identity module:"
                        + " deploy the whole EAR, which migrates the identity module first");
            }
            statement.executeUpdate("drop table account_token");
            statement.executeUpdate("drop table account_role");
            statement.executeUpdate("drop table account");
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), table,
                new String[] {"TABLE", "BASE TABLE"})) {
            return tables.next();
        }
    }
}
