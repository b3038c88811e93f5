package be.draaischijf.web.security;

import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code perMinute} failures per client address in a minute, in memory (per server): the minute starts at an
 * address's first failure; once it holds that many, the address waits until the minute is over, whatever it tries.
 * 0 or less switches it off. Times are {@link System#nanoTime()}-style: only differences count.
 */
public final class FailureLimit {

    private static final long MINUTE = 60_000_000_000L;
    /** Past this many addresses, the ones whose minute is over are forgotten. */
    static final int SWEEP_AT = 10_000;

    private final int perMinute;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    public FailureLimit(int perMinute) {
        this.perMinute = Math.max(0, perMinute);
    }

    public int perMinute() {
        return perMinute;
    }

    /** Whether the address may try now: empty when it may, else the seconds until its minute is over. */
    public OptionalLong waitFor(String address, long now) {
        Window window = perMinute == 0 ? null : windows.get(address);
        return window == null ? OptionalLong.empty() : window.waitFor(perMinute, now);
    }

    /** One failure from the address; whether the address reached its limit with it. */
    public boolean failed(String address, long now) {
        if (perMinute == 0) {
            return false;
        }
        if (windows.size() > SWEEP_AT) {
            windows.values().removeIf(window -> window.isOver(now));
        }
        return windows.computeIfAbsent(address, key -> new Window(now)).count(now) == perMinute;
    }

    private static final class Window {

        private long start;
        private int failures;

        Window(long now) {
            this.start = now;
        }

        synchronized int count(long now) {
            if (now - start >= MINUTE) {
                start = now;
                failures = 0;
            }
            return ++failures;
        }

        synchronized OptionalLong waitFor(int limit, long now) {
            if (now - start >= MINUTE || failures < limit) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(Math.max(1, (long) Math.ceil((start + MINUTE - now) / 1e9)));
        }

        synchronized boolean isOver(long now) {
            return now - start >= MINUTE;
        }
    }
}
