package be.draaischijf.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A client's request key (the {@code Idempotency-Key} header, ADR 0049): a retry that carries the key of a request
 * already done answers what the first one did and does nothing again. A module keeps the key on the row the request
 * created, in the same transaction, as {@link #stored} beside the request's {@link #fingerprint}; what a key may be
 * and how both are computed is here, so that every module does it alike.
 */
public final class RequestKeys {

    /** The longest key: 255 characters. */
    public static final int MAX_LENGTH = 255;

    /** What a key may be, for Bean Validation: 1 to 255 visible ASCII characters (%x21-7E: no space, no control). */
    public static final String PATTERN = "[\\x21-\\x7E]{1,255}";

    private RequestKeys() {
    }

    /** Whether this is a key: 1 to {@link #MAX_LENGTH} visible ASCII characters. */
    public static boolean isValid(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the database keeps of a key: its SHA-256 in hexadecimal (64 characters), never the key itself, so that a
     * copy of the database gives nobody what a client used (nor the link a module derives from it, {@link #token}).
     */
    public static String stored(String key) {
        return sha256(key.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The fingerprint of a request: SHA-256 (hex) over its parts in this order. Each part is written with its length,
     * so that no two different lists of parts give the same text; {@code null} is written as absent, an enum by its
     * name, a collection as its elements sorted (the same set in another order is the same request), anything else by
     * {@code toString()} (dates as ISO-8601). The caller goes in as a part too: the same body from someone else is
     * another request.
     */
    public static String fingerprint(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            append(text, part);
        }
        return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A link's token derived from the request key (HMAC-SHA256 keyed with the request key, over {@code purpose}), as
     * {@link OneTimeTokens#newToken} writes one: 43 characters of URL-safe Base64. The same key and purpose give the same
     * token, so the answer to a retry can hand out the link the first answer gave, while the database keeps only the
     * hash of both. {@code purpose} names what the link is for and which record, such as
     * {@code "registration-link:<id>"}.
     */
    public static String token(String key, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }

    private static void append(StringBuilder text, Object part) {
        if (part == null) {
            text.append('~');
        } else if (part instanceof Collection<?> collection) {
            List<String> elements = collection.stream().map(RequestKeys::written).sorted().toList();
            text.append('[').append(elements.size()).append(':');
            elements.forEach(element -> append(text, element));
            text.append(']');
        } else {
            String value = written(part);
            text.append('\'').append(value.length()).append(':').append(value);
        }
    }

    private static String written(Object value) {
        return value == null ? "~" : value instanceof Enum<?> constant ? constant.name() : value.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
