package be.draaischijf.training.api;

import java.io.Serializable;

/** The check-in so far: confirmed participants, and how many of them are marked present and absent. */
public record AttendanceCount(long confirmed, long present, long absent) implements Serializable {

    /** Confirmed participants with nothing recorded yet. */
    public long unknown() {
        return confirmed - present - absent;
    }
}
