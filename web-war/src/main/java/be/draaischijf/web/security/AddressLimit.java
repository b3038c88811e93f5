package be.draaischijf.web.security;

import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A limit per client address: a token bucket per address in memory (per server), holding {@code perMinute} tokens,
 * refilled evenly at {@code perMinute} a minute; 0 or less switches it off. A new address has a whole minute's
 * allowance at once; an address that used it waits for the next token. Times are {@link System#nanoTime()}-style:
 * only differences count.
 */
public final class AddressLimit {

    /** Past this many addresses, idle (full) buckets are forgotten. */
    static final int SWEEP_AT = 10_000;

    private final int perMinute;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public AddressLimit(int perMinute) {
        this.perMinute = Math.max(0, perMinute);
    }

    /** The limit in force (0 = none). */
    public int perMinute() {
        return perMinute;
    }

    /** Counts one attempt: empty when it may go on, else the seconds after which the address may try again. */
    public OptionalLong take(String address, long now) {
        if (perMinute == 0) {
            return OptionalLong.empty();
        }
        if (buckets.size() > SWEEP_AT) {
            buckets.values().removeIf(bucket -> bucket.isFull(perMinute, now));
        }
        return buckets.computeIfAbsent(address, key -> new Bucket(perMinute, now)).take(perMinute, now);
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
