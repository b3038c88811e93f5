package be.draaischijf.referral.control;

import be.draaischijf.referral.entity.Referral;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;

/**
 * Made-up cases in bulk (demo mode only), so that the workbench and the reports can be measured at 100 000 cases.
 * Every name is "Demo Jongere n"; references are DV-n. A case that went further than NEW was analysed within two weeks;
 * a referred one (and some that followed up or closed) has a referral to the demo's offer at De Passage, answered,
 * started or declined; a case with an unmet need has one recorded. Inserted with JDBC batches: a JPA persist per case
 * would take minutes.
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
    private static final String[] UNMET_REASONS = {"NO_FITTING_OFFER", "WAITING_TOO_LONG", "NO_CAPACITY", "OTHER"};
    private static final String[] OFFER_STATUSES = {"PROPOSED", "ACCEPTED", "DECLINED", "STARTED", "STARTED", "COMPLETED",
        "COMPLETED", "STOPPED"};
    private static final String[] DECLINE_REASONS = {"NO_CAPACITY", "NOT_ELIGIBLE", "COULD_NOT_CONTACT"};
    /** The demo directory's day centre at De Passage (partner demo data). */
    private static final UUID PASSAGE = UUID.fromString("afb52efb-14c4-5363-a7c0-c2314a06a26e");
    private static final UUID PASSAGE_OFFER = UUID.fromString("b12275c6-cc91-5117-b09f-3aeeace9dc6b");
    private static final long HOUR = 3_600;
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
                + " intake_age_band, closed_at, analysed_at, first_referred_at, first_started_at)"
                + " values (?, ?, ?, 'professional', 'Demo Aanmelder', 'Demo School', 'EDUCATION', 'professional@example.org',"
                + " 'Demo', ?, ?, ?, ?, 'Gegenereerde demovraag.', ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)");
             PreparedStatement areas = connection.prepareStatement(
                     "insert into referral_problem_area (referral_id, code) values (?, ?)");
             PreparedStatement offers = connection.prepareStatement("insert into offer_referral (id, referral_id, offer_id,"
                     + " offer_name, organisation_id, organisation_name, status, decline_reason, reply_by, proposed_at,"
                     + " updated_at, answered_at, started_at, ended_at, legal_ground, version)"
                     + " values (?, ?, ?, 'Dagcentrum De Passage', ?, 'De Twee Gezusters – De Passage', ?, ?, ?, ?, ?, ?, ?, ?,"
                     + " 'SHARED_PROFESSIONAL_SECRECY', 0)");
             PreparedStatement needs = connection.prepareStatement("insert into unmet_need (id, referral_id, recorded_at,"
                     + " recorded_by, problem_area, age_band, district, reason, waiting_weeks)"
                     + " values (?, ?, ?, 'coordinator', ?, ?, ?, ?, ?)")) {
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
                Timestamp closed = later(received, (20 + random.nextInt(120)) * 24 * HOUR);
                cases.setTimestamp(17, open ? null : closed.toInstant().isAfter(Instant.now()) ? Timestamp.from(Instant.now()) : closed);
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
                Timestamp analysed = "NEW".equals(status) ? null : later(received, random.nextInt(14 * 24) * HOUR + random.nextInt(3_600));
                cases.setTimestamp(18, analysed);
                // referred: the referred ones, and a third of those that followed up or closed
                boolean referred = "REFERRED".equals(status)
                        || ("FOLLOW_UP".equals(status) || "CLOSED".equals(status)) && random.nextInt(3) == 0;
                Timestamp proposed = referred ? later(analysed, random.nextInt(10 * 24) * HOUR) : null;
                String offerStatus = referred ? OFFER_STATUSES[random.nextInt(OFFER_STATUSES.length)] : null;
                Timestamp answered = !referred || "PROPOSED".equals(offerStatus) ? null : later(proposed, random.nextInt(8 * 24) * HOUR);
                Timestamp started = answered == null || "ACCEPTED".equals(offerStatus) || "DECLINED".equals(offerStatus) ? null
                        : later(answered, random.nextInt(70 * 24) * HOUR);
                cases.setTimestamp(19, proposed);
                cases.setTimestamp(20, started);
                cases.addBatch();
                if (referred) {
                    offers.setObject(1, UUID.randomUUID());
                    offers.setObject(2, id);
                    offers.setObject(3, PASSAGE_OFFER);
                    offers.setObject(4, PASSAGE);
                    offers.setString(5, offerStatus);
                    offers.setString(6, "DECLINED".equals(offerStatus) ? DECLINE_REASONS[random.nextInt(DECLINE_REASONS.length)] : null);
                    offers.setDate(7, Date.valueOf(proposed.toLocalDateTime().toLocalDate().plusDays(7)));
                    offers.setTimestamp(8, proposed);
                    offers.setTimestamp(9, started != null ? started : answered != null ? answered : proposed);
                    offers.setTimestamp(10, answered);
                    offers.setTimestamp(11, started);
                    offers.setTimestamp(12, "COMPLETED".equals(offerStatus) || "STOPPED".equals(offerStatus)
                            ? later(started, 30 * 24 * HOUR) : "DECLINED".equals(offerStatus) ? answered : null);
                    offers.addBatch();
                }
                int first = random.nextInt(PROBLEM_AREAS.length);
                if ("UNMET_NEED".equals(status) || "CLOSED".equals(status) && random.nextInt(10) == 0) {
                    needs.setObject(1, UUID.randomUUID());
                    needs.setObject(2, id);
                    needs.setTimestamp(3, later(analysed, random.nextInt(5 * 24) * HOUR));
                    needs.setString(4, PROBLEM_AREAS[first]);
                    needs.setString(5, Referral.bandAtIntake(born, received.toInstant()).name());
                    needs.setString(6, district);
                    needs.setString(7, UNMET_REASONS[random.nextInt(UNMET_REASONS.length)]);
                    if (random.nextInt(5) == 0) {
                        needs.setNull(8, Types.INTEGER);
                    } else {
                        needs.setInt(8, random.nextInt(20));
                    }
                    needs.addBatch();
                }
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
                    offers.executeBatch();
                    needs.executeBatch();
                }
            }
            cases.executeBatch();
            areas.executeBatch();
            offers.executeBatch();
            needs.executeBatch();
        }
    }

    private static Timestamp later(Timestamp moment, long seconds) {
        return Timestamp.from(moment.toInstant().plusSeconds(seconds));
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
