package be.draaischijf.referral.entity;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The hash of one line of a case's audit log (ADR 0040): hex SHA-256 over an unambiguous encoding of the hash of the
 * line before it and every field of the line. Each field is written as its length in bytes (a 4-byte big-endian
 * number; -1 for none) followed by its UTF-8 bytes, after a version tag, so that no two different lines encode alike
 * (moving a character from one field to the next changes both lengths). The time counts in microseconds since
 * 1970, which is what both databases keep. The Java migration {@code V6_0_1} computes the same for the lines written
 * before the chain; a module test proves the two agree.
 */
public final class AuditDigest {

    /** Names this encoding; another encoding would get another tag, and old lines keep theirs. */
    static final String VERSION = "draaischijf.case_audit.v1";

    private AuditDigest() {
    }

    public static String of(String prevHash, UUID id, UUID referralId, long seq, Instant at, String actor, String action,
                            String message, String messageValues, String detail) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            field(out, VERSION);
            field(out, prevHash);
            field(out, id.toString());
            field(out, referralId.toString());
            field(out, Long.toString(seq));
            field(out, Long.toString(micros(at)));
            field(out, actor);
            field(out, action);
            field(out, message);
            field(out, messageValues);
            field(out, detail);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Microseconds since 1970-01-01T00:00Z: the precision both databases store a timestamp with. */
    static long micros(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }

    private static void field(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
