package db.migration.training;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The training module's own outbox ({@code training_mail}, ADR 0019) gives way to the platform's, which every
 * module uses (ADR 0020): mails still waiting, or given up, move to {@code platform_mail} as they are, then the
 * table goes. The EAR migrates the platform's tables first; should mails be here without them, this refuses
 * (the deployment fails) rather than lose them.
 */
public class V4__mails_to_the_platform_outbox extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            boolean waiting;
            try (ResultSet rows = statement.executeQuery("select count(*) from training_mail")) {
                rows.next();
                waiting = rows.getLong(1) > 0;
            }
            if (waiting) {
                if (!exists(connection, "platform_mail")) {
                    throw new IllegalStateException("Training mails are waiting but the platform's outbox does not exist:"
                            + " deploy the whole EAR, which migrates the platform's tables first");
                }
                statement.executeUpdate("insert into platform_mail (id, module, recipients, subject, body, attachment_name,"
                        + " attachment_type, attachment_text, created_at, next_attempt_at, attempts, claimed_until, failed_at,"
                        + " last_error) select id, 'training', recipients, subject, body, attachment_name, attachment_type,"
                        + " attachment_text, created_at, next_attempt_at, attempts, claimed_until, failed_at, last_error"
                        + " from training_mail");
            }
            statement.executeUpdate("drop table training_mail");
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), table,
                new String[] {"TABLE", "BASE TABLE"})) {
            return tables.next();
        }
    }
}
