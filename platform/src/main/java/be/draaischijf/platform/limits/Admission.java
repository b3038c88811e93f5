package be.draaischijf.platform.limits;

import java.util.OptionalLong;

/**
 * What a per-address limit says about one attempt: whether it may go on, how many attempts the address made in its
 * current minute ({@code count}, this one included when it was counted), and, when it may not, the whole seconds until
 * that minute is over ({@code retryAfterSeconds}, at least 1; 0 when allowed).
 */
public record Admission(boolean allowed, int count, long retryAfterSeconds) {

    public Admission {
        if (allowed) {
            retryAfterSeconds = 0;
        } else if (retryAfterSeconds < 1) {
            retryAfterSeconds = 1;
        }
    }

    /** Allowed without counting: the limit is switched off, or the counts could not be reached (fail open). */
    public static Admission unlimited() {
        return new Admission(true, 0, 0);
    }

    /** Empty when the attempt may go on, else the seconds to wait (what a 429's {@code Retry-After} says). */
    public OptionalLong waitSeconds() {
        return allowed ? OptionalLong.empty() : OptionalLong.of(retryAfterSeconds);
    }
}
