package db.migration.referral;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The cases from before V9 get the age band the young person was in when the question came (ADR 0043): whole years
 * from the birth date to the day it was received in Europe/Brussels, as the module computes it for new cases
 * ({@code Referral.bandAtIntake}). In Java because H2 and PostgreSQL do age arithmetic differently. The bands are
 * written out here as they were, so that this migration keeps doing what it did if the enum changes.
 */
public class V9_0_1__intake_age_band extends BaseJavaMigration {

    private static final int BATCH = 500;
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement cases = connection.prepareStatement("select id, young_birth_date, received_at from referral"
                + " where intake_age_band is null and young_birth_date is not null");
             PreparedStatement band = connection.prepareStatement("update referral set intake_age_band = ? where id = ?")) {
            cases.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet row = cases.executeQuery()) {
                while (row.next()) {
                    LocalDate born = row.getObject("young_birth_date", LocalDate.class);
                    LocalDate received = row.getObject("received_at", OffsetDateTime.class).atZoneSameInstant(BRUSSELS)
                            .toLocalDate();
                    band.setString(1, band(Period.between(born, received).getYears()));
                    band.setObject(2, row.getObject("id", UUID.class));
                    band.addBatch();
                    if (++pending % BATCH == 0) {
                        band.executeBatch();
                    }
                }
            }
            band.executeBatch();
        }
    }

    /** {@code AgeBand.of} as it was: up to 11, 12 to 15, 16 to 17, 18 and older. */
    static String band(int age) {
        if (age <= 11) {
            return "UNDER_12";
        }
        if (age <= 15) {
            return "FROM_12_TO_15";
        }
        return age <= 17 ? "FROM_16_TO_17" : "FROM_18_TO_25";
    }
}
