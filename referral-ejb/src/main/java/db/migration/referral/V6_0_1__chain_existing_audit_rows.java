package db.migration.referral;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The audit lines written before the hash chain (ADR 0040) get their place in it: per case, in the order they were
 * written (time, then id), numbers 1, 2, 3 …, the hash of the line before and their own, and the case gets its head.
 * In Java because SQL has no SHA-256 that H2 and PostgreSQL share, and before PostgreSQL's trigger (V6_1) refuses
 * updates. The encoding is the referral module's {@code AuditDigest} version 1, kept here as it was so that this
 * migration keeps doing what it did (a module test proves the module's check finds these lines intact).
 */
public class V6_0_1__chain_existing_audit_rows extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement lines = connection.prepareStatement("select id, referral_id, at, actor, action, detail,"
                + " message, message_values from case_audit where seq is null order by referral_id, at, id");
             PreparedStatement chain = connection.prepareStatement(
                     "update case_audit set seq = ?, prev_hash = ?, hash = ? where id = ?");
             PreparedStatement heads = connection.prepareStatement(
                     "insert into case_audit_head (referral_id, seq, hash) values (?, ?, ?)")) {
            lines.setFetchSize(BATCH);
            UUID currentCase = null;
            long seq = 0;
            String previous = null;
            int pending = 0;
            try (ResultSet line = lines.executeQuery()) {
                while (line.next()) {
                    UUID id = line.getObject("id", UUID.class);
                    UUID caseId = line.getObject("referral_id", UUID.class);
                    if (!caseId.equals(currentCase)) {
                        if (currentCase != null) {
                            head(heads, currentCase, seq, previous);
                        }
                        currentCase = caseId;
                        seq = 0;
                        previous = null;
                    }
                    seq++;
                    Instant at = line.getObject("at", OffsetDateTime.class).toInstant();
                    String hash = digest(previous, id, caseId, seq, at, line.getString("actor"), line.getString("action"),
                            line.getString("message"), line.getString("message_values"), line.getString("detail"));
                    chain.setLong(1, seq);
                    chain.setString(2, previous);
                    chain.setString(3, hash);
                    chain.setObject(4, id);
                    chain.addBatch();
                    previous = hash;
                    if (++pending % BATCH == 0) {
                        chain.executeBatch();
                        heads.executeBatch();
                    }
                }
            }
            if (currentCase != null) {
                head(heads, currentCase, seq, previous);
            }
            chain.executeBatch();
            heads.executeBatch();
        }
    }

    private static void head(PreparedStatement heads, UUID caseId, long seq, String hash) throws SQLException {
        heads.setObject(1, caseId);
        heads.setLong(2, seq);
        heads.setString(3, hash);
        heads.addBatch();
    }

    /** {@code AuditDigest.of} version 1: hex SHA-256 over the length-prefixed UTF-8 fields after the version tag. */
    static String digest(String prevHash, UUID id, UUID referralId, long seq, Instant at, String actor, String action,
                         String message, String messageValues, String detail) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (String field : new String[] {"draaischijf.case_audit.v1", prevHash, id.toString(), referralId.toString(),
                    Long.toString(seq), Long.toString(Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L),
                            at.getNano() / 1_000)), actor, action, message, messageValues, detail}) {
                if (field == null) {
                    out.writeInt(-1);
                } else {
                    byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash an audit line", e);
        }
    }
}
