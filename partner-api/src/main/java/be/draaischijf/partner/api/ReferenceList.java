package be.draaischijf.partner.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * The reference lists the network manages (ADR 0032): which lists there are is fixed here, what is on them is
 * data. {@link #path()} names a list in addresses ({@code /api/reference-lists/sectors}, {@code /beheer/lijsten}).
 */
public enum ReferenceList {
    DISTRICT("districts"),
    PROBLEM_AREA("problem-areas"),
    SECTOR("sectors"),
    SESSION_THEME("session-themes"),
    CONSULTATION_FORUM("consultation-forums"),
    DECLINE_REASON("decline-reasons"),
    /** The themes the network's signals are grouped into (the network module, ADR 0045). */
    SIGNAL_THEME("signal-themes");

    private final String path;

    ReferenceList(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** The list with this path or name (any case), if there is one. */
    public static Optional<ReferenceList> of(String pathOrName) {
        return Arrays.stream(values())
                .filter(list -> list.path.equalsIgnoreCase(pathOrName) || list.name().equalsIgnoreCase(pathOrName))
                .findFirst();
    }
}
