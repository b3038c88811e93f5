package be.draaischijf.web.security;

import be.draaischijf.platform.limits.Admission;
import be.draaischijf.platform.limits.AddressLimits;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One limit per client address, counted over every server by the platform ({@link AddressLimits}, ADR 0051): at most
 * {@code perMinute} attempts in an address's minute, which starts at its first attempt; past that the address waits
 * until the minute is over. 0 or less switches it off (nothing is counted). When the count cannot be reached at all,
 * the attempt goes on (fail open) and the server log says so once: a limit against abuse never becomes an error page.
 */
public final class AddressLimit {

    private static final Logger LOG = Logger.getLogger(AddressLimit.class.getName());

    /** Whether the platform's counts failed last time: logged once per outage. */
    private static final AtomicBoolean FAILING = new AtomicBoolean();

    private final AddressLimits counts;
    private final String name;
    private final int perMinute;

    /** A limit named {@code name} (its counts are apart from every other limit's), over the platform's counts. */
    public AddressLimit(AddressLimits counts, String name, int perMinute) {
        this.counts = counts;
        this.name = name;
        this.perMinute = Math.max(0, perMinute);
    }

    /** The limit in force (0 = none). */
    public int perMinute() {
        return perMinute;
    }

    /** Counts one attempt: empty when it may go on, else the seconds after which the address may try again. */
    public OptionalLong take(String address) {
        return perMinute == 0 ? OptionalLong.empty() : ask(() -> counts.count(name, address, perMinute)).waitSeconds();
    }

    /** Whether the address may try now, without counting: empty when it may, else the seconds until its minute is over. */
    public OptionalLong waitFor(String address) {
        return perMinute == 0 ? OptionalLong.empty() : ask(() -> counts.peek(name, address, perMinute)).waitSeconds();
    }

    /** Counts one failure from the address; whether the address reached its limit with exactly this one. */
    public boolean failed(String address) {
        return perMinute > 0 && ask(() -> counts.count(name, address, perMinute)).count() == perMinute;
    }

    private static Admission ask(Supplier<Admission> question) {
        try {
            Admission answer = question.get();
            if (FAILING.compareAndSet(true, false)) {
                LOG.info("The per-address limits answer again");
            }
            return answer;
        } catch (RuntimeException e) {
            if (FAILING.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, "The per-address limits did not answer: attempts go on unlimited until they do"
                        + " (logged once)", e);
            }
            return Admission.unlimited();
        }
    }
}
