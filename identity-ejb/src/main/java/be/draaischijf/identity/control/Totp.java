package be.draaischijf.identity.control;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238: 6 digits, 30-second steps, HMAC-SHA1, what every authenticator app reads),
 * computed by java-otp. A code is accepted for the step before, the current and the next one (clocks drift), and only
 * for a step after the last one used: each code works once.
 */
public final class Totp {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator CODES = new TimeBasedOneTimePasswordGenerator();
    private static final long STEP_SECONDS = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP.getSeconds();

    private Totp() {
    }

    /** A new secret of 160 bits, as Base32 without padding (32 characters). */
    public static String newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** The address an authenticator app reads from the QR code. */
    public static String uri(String secret, String accountName) {
        String label = URLEncoder.encode("Draaischijf:" + accountName, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Draaischijf&algorithm=SHA1&digits=6&period="
                + STEP_SECONDS;
    }

    /**
     * The time step this code belongs to, if it matches one of the steps around {@code now} that comes after
     * {@code lastUsedStep}; empty when it does not match (or was used).
     */
    public static OptionalLong matchingStep(String secret, String code, Instant now, Long lastUsedStep) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        SecretKey key = key(secret);
        long current = now.getEpochSecond() / STEP_SECONDS;
        for (long step = current - 1; step <= current + 1; step++) {
            if (lastUsedStep != null && step <= lastUsedStep) {
                continue;
            }
            try {
                String expected = CODES.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP_SECONDS));
                // compared in constant time: the time taken says nothing about how close a guess was
                if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), digits.getBytes(StandardCharsets.US_ASCII))) {
                    return OptionalLong.of(step);
                }
            } catch (InvalidKeyException e) {
                throw new IllegalStateException("an HMAC-SHA1 key of 20 bytes", e);
            }
        }
        return OptionalLong.empty();
    }

    static javax.crypto.SecretKey key(String secret) {
        return new SecretKeySpec(new Base32().decode(secret), CODES.getAlgorithm());
    }
}
