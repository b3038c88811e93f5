package be.draaischijf.web.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Protects the public sign-ups (session registration on the page and over REST, the newsletter) against
 * abuse without hurting a real rush:
 * <ul>
 * <li>a honeypot: a field people never see or fill in; when a robot fills it, the caller gets the normal
 * answer and nothing is stored;</li>
 * <li>a per-address rate limit, a token bucket per client address in memory (per server):
 * {@code draaischijf.trainings.rate-limit-per-minute} attempts a minute (default 20, refilled evenly; 0 or
 * less switches it off, e.g. for a load test from one address). Behind a reverse proxy, list the proxy's
 * address in {@code draaischijf.trusted-proxies} (comma separated) so the client's address is taken from
 * the last {@code X-Forwarded-For} entry.</li>
 * </ul>
 * A rush of many people from many addresses is never limited; one address sending more than a person could
 * type is.
 */
@ApplicationScoped
public class RegistrationGuard {

    /** Past this many addresses, idle (full) buckets are forgotten. */
    static final int SWEEP_AT = 10_000;

    @Inject
    @ConfigProperty(name = "draaischijf.trainings.rate-limit-per-minute", defaultValue = "20")
    int perMinute;

    @Inject
    @ConfigProperty(name = "draaischijf.trusted-proxies")
    Optional<String> trustedProxies;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** The per-minute limit in force (0 = none). */
    public int limitPerMinute() {
        return Math.max(0, perMinute);
    }

    /** A robot filled in the field people do not see. */
    public static boolean isRobot(String honeypot) {
        return honeypot != null && !honeypot.isBlank();
    }

    /**
     * Counts one attempt from this request's client address: empty when it may go on, else the number of
     * seconds after which it may try again.
     */
    public OptionalLong admit(HttpServletRequest request) {
        return admit(clientAddress(request), System.nanoTime());
    }

    OptionalLong admit(String address, long now) {
        int limit = limitPerMinute();
        if (limit <= 0) {
            return OptionalLong.empty();
        }
        if (buckets.size() > SWEEP_AT) {
            buckets.values().removeIf(bucket -> bucket.isFull(limit, now));
        }
        return buckets.computeIfAbsent(address, key -> new Bucket(limit, now)).take(limit, now);
    }

    String clientAddress(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank() && proxies().contains(remote)) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].strip();
        }
        return remote;
    }

    private Set<String> proxies() {
        return trustedProxies.map(list -> Arrays.stream(list.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toSet())).orElse(Set.of());
    }

    /** A token bucket: {@code limit} tokens, refilled at {@code limit} a minute. */
    static final class Bucket {

        private static final double MINUTE = 60e9;

        private double tokens;
        private long updated;

        Bucket(int limit, long now) {
            this.tokens = limit;
            this.updated = now;
        }

        synchronized OptionalLong take(int limit, long now) {
            refill(limit, now);
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            double secondsPerToken = 60.0 / limit;
            return OptionalLong.of(Math.max(1, (long) Math.ceil((1 - tokens) * secondsPerToken)));
        }

        synchronized boolean isFull(int limit, long now) {
            refill(limit, now);
            return tokens >= limit;
        }

        private void refill(int limit, long now) {
            tokens = Math.min(limit, tokens + (now - updated) * limit / MINUTE);
            updated = now;
        }
    }
}
