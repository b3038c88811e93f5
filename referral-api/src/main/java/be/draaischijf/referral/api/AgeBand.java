package be.draaischijf.referral.api;

import java.time.LocalDate;

/** Age bands of the workbench filter and the reports; labels as {@code ageBand.<NAME>}. */
public enum AgeBand {
    UNDER_12(0, 11), FROM_12_TO_15(12, 15), FROM_16_TO_17(16, 17), FROM_18_TO_25(18, 25);

    /** The oldest a young person the network serves may be (0 to 25). */
    public static final int OLDEST = 25;

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    /** The band of someone this old (above 25 counts as the last band). */
    public static AgeBand of(int age) {
        for (AgeBand band : values()) {
            if (age <= band.to) {
                return band;
            }
        }
        return FROM_18_TO_25;
    }

    /** Whether the network serves a young person this old (0 to {@value #OLDEST}). */
    public static boolean served(int age) {
        return age >= 0 && age <= OLDEST;
    }

    /** Born on or after this date: at most {@code to} years old on {@code today}. */
    public LocalDate bornOnOrAfter(LocalDate today) {
        return today.minusYears(to + 1L).plusDays(1);
    }

    /** Born on or before this date: at least {@code from} years old on {@code today}. */
    public LocalDate bornOnOrBefore(LocalDate today) {
        return today.minusYears(from);
    }
}
