package be.draaischijf.referral.control;

import be.draaischijf.referral.entity.Referral;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;

/**
 * Made-up cases in bulk (demo mode only), so that the workbench can be measured at 100 000 cases. Every
 * name is "Demo Jongere n"; references are DV-n. Inserted with JDBC batches: a JPA persist per case would
 * take minutes.
 */
public final class DemoCases {

    private static final String[] STATUSES = {"NEW", "IN_ANALYSIS", "ADVICE", "REFERRED", "CASE_CONFERENCE", "UNMET_NEED",
        "FOLLOW_UP", "CLOSED", "CLOSED", "CLOSED"};
    private static final String[] DISTRICTS = {"ANTWERPEN", "BERCHEM", "BORGERHOUT", "DEURNE", "EKEREN", "HOBOKEN", "KIEL",
        "MERKSEM", "WILRIJK", "BERENDRECHT"};
    private static final String[] PROBLEM_AREAS = {"ABSENTEEISM", "DROPOUT", "BEHAVIOUR", "WELLBEING", "HOME", "HOUSING",
        "SUBSTANCE_USE", "RADICALISATION"};
    private static final String[] URGENCIES = {"LOW", "NORMAL", "NORMAL", "HIGH"};
    private static final String[] SCHOOL = {"ENROLLED", "AT_RISK", "DROPPED_OUT", "EXCLUDED"};
    /** The contact points every installation starts with (referral migration V4). */
    public static final UUID CENTRAAL_MELDPUNT = UUID.fromString("6c9a3f0e-0b7a-4c39-9a51-000000000001");
    public static final UUID NETSTERK_KIEL = UUID.fromString("6c9a3f0e-0b7a-4c39-9a51-000000000002");
    private static final String[] COORDINATORS = {"coordinator", "coordinator2", null};
    private static final String[] OUTCOMES = {"BACK_IN_SCHOOL", "TRAINING", "WORK", "CARE", "LOST_CONTACT", "MOVED", "OTHER"};

    private DemoCases() {
    }

    public static void insert(Connection connection, int count, LocalDate today, Random random) throws SQLException {
        long start = nextNumber(connection);
        try (PreparedStatement cases = connection.prepareStatement("insert into referral (id, reference, status,"
                + " referrer_username, referrer_name, referrer_organisation, referrer_sector, referrer_email,"
                + " young_first_name, young_last_name, young_birth_date, district, school_status, question, urgency,"
                + " coordinator, follow_up_on, outcome, is_open, received_at, updated_at, contact_point_id, version,"
                + " intake_age_band, closed_at)"
                + " values (?, ?, ?, 'professional', 'Demo Aanmelder', 'Demo School', 'EDUCATION', 'professional@example.org',"
                + " 'Demo', ?, ?, ?, ?, 'Gegenereerde demovraag.', ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)");
             PreparedStatement areas = connection.prepareStatement(
                     "insert into referral_problem_area (referral_id, code) values (?, ?)")) {
            for (int i = 0; i < count; i++) {
                long number = start + i;
                UUID id = UUID.randomUUID();
                String status = STATUSES[random.nextInt(STATUSES.length)];
                boolean open = !"CLOSED".equals(status);
                Timestamp received = Timestamp.from(today.minusDays(random.nextInt(1500)).atStartOfDay(ZoneOffset.UTC)
                        .toInstant().plusSeconds(random.nextInt(86_400)));
                cases.setObject(1, id);
                cases.setString(2, "DV-" + number);
                cases.setString(3, status);
                cases.setString(4, "Jongere " + number);
                LocalDate born = today.minusYears(6 + random.nextInt(20)).minusDays(random.nextInt(365));
                cases.setDate(5, Date.valueOf(born));
                // the age band when the question came, and when a closed case closed (as the module keeps them)
                cases.setString(16, Referral.bandAtIntake(born, received.toInstant()).name());
                cases.setTimestamp(17, open ? null : received);
                String district = DISTRICTS[random.nextInt(DISTRICTS.length)];
                cases.setString(6, district);
                cases.setObject(15, "KIEL".equals(district) ? NETSTERK_KIEL : CENTRAAL_MELDPUNT);
                cases.setString(7, SCHOOL[random.nextInt(SCHOOL.length)]);
                cases.setString(8, URGENCIES[random.nextInt(URGENCIES.length)]);
                cases.setString(9, "NEW".equals(status) ? null : COORDINATORS[random.nextInt(COORDINATORS.length)]);
                cases.setDate(10, Date.valueOf(today.plusDays(random.nextInt(61) - 30L)));
                cases.setString(11, open ? null : OUTCOMES[random.nextInt(OUTCOMES.length)]);
                cases.setBoolean(12, open);
                cases.setTimestamp(13, received);
                cases.setTimestamp(14, received);
                cases.addBatch();
                int first = random.nextInt(PROBLEM_AREAS.length);
                areas.setObject(1, id);
                areas.setString(2, PROBLEM_AREAS[first]);
                areas.addBatch();
                if (random.nextBoolean()) {
                    areas.setObject(1, id);
                    areas.setString(2, PROBLEM_AREAS[(first + 1 + random.nextInt(PROBLEM_AREAS.length - 1)) % PROBLEM_AREAS.length]);
                    areas.addBatch();
                }
                if (i % 1000 == 999) {
                    cases.executeBatch();
                    areas.executeBatch();
                }
            }
            cases.executeBatch();
            areas.executeBatch();
        }
    }

    /** Numbers go on from the highest DV- reference already there, so that generating twice adds. */
    private static long nextNumber(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var result = statement.executeQuery("select count(*) from referral where reference like 'DV-%'")) {
            result.next();
            return result.getLong(1) + 1;
        }
    }
}
