package be.draaischijf.referral.api;

import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The period of a report: from {@code from} (inclusive) until {@code until} (exclusive), days in Europe/Brussels,
 * for one contact point or (null) the whole network.
 */
public record ReportPeriod(
        @NotNull(message = "{draaischijf.required}") LocalDate from,
        @NotNull(message = "{draaischijf.required}") LocalDate until,
        UUID contactPoint) implements Serializable {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** A calendar year, whole network. */
    public static ReportPeriod year(int year) {
        return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), null);
    }

    public Instant start() {
        return from.atStartOfDay(BRUSSELS).toInstant();
    }

    public Instant end() {
        return until.atStartOfDay(BRUSSELS).toInstant();
    }
}
