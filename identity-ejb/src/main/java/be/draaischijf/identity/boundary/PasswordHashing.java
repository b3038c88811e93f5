package be.draaischijf.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Jakarta Security's PBKDF2-HMAC-SHA256 hashing with the configured number of iterations (default 600 000, OWASP's
 * figure for PBKDF2-HMAC-SHA256 in 2023). A hash made with fewer iterations, or another algorithm, still verifies;
 * {@link #isOutdated} tells the login to replace it with one of today's strength.
 */
@Dependent
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "draaischijf.security.pbkdf2-iterations", defaultValue = "600000")
    int iterations;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final java.util.concurrent.ConcurrentHashMap<Integer, String> DUMMIES = new java.util.concurrent.ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** Whether a stored hash was made with another algorithm or fewer iterations than are configured now. */
    public boolean isOutdated(String storedHash) {
        String[] parts = storedHash.split(":");
        try {
            return parts.length != 4 || !ALGORITHM.equals(parts[0]) || Integer.parseInt(parts[1]) < iterations;
        } catch (NumberFormatException unreadable) {
            return true;
        }
    }

    /**
     * A hash of a password nobody knows, made with today's settings (once per server): what an unknown username is
     * checked against, so that it costs as long as a wrong password.
     */
    public String unknownPasswordHash() {
        String known = DUMMIES.get(iterations);
        if (known == null) {
            known = hash(java.util.UUID.randomUUID().toString());
            DUMMIES.putIfAbsent(iterations, known);
        }
        return known;
    }
}
