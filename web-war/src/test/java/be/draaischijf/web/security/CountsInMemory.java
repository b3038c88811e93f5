package be.draaischijf.web.security;

import be.draaischijf.platform.limits.Admission;
import be.draaischijf.platform.limits.AddressLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform's per-address counts as the web module's tests need them: one minute that never ends, per limit and
 * address (the database's minutes are tested in the platform's {@code AddressLimitsDatabaseTest}); a refused attempt
 * waits {@link #WAIT} seconds. Remembers what it was asked.
 */
public final class CountsInMemory implements AddressLimits {

    public static final long WAIT = 42;

    private final Map<String, Integer> counts = new ConcurrentHashMap<>();
    public final List<String> asked = new ArrayList<>();

    @Override
    public synchronized Admission count(String limit, String address, int perMinute) {
        asked.add("count " + limit + " " + address);
        int count = counts.merge(limit + " " + address, 1, Integer::sum);
        return count <= perMinute ? new Admission(true, count, 0) : new Admission(false, count, WAIT);
    }

    @Override
    public synchronized Admission peek(String limit, String address, int perMinute) {
        asked.add("peek " + limit + " " + address);
        int count = counts.getOrDefault(limit + " " + address, 0);
        return count < perMinute ? new Admission(true, count, 0) : new Admission(false, count, WAIT);
    }
}
