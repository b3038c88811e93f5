package be.draaischijf.network.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;

/** The signals' figures for the reports (coordinators and administrators), counted by the database. */
@Local
public interface SignalStatistics {

    /**
     * The signals dated from {@code from} (inclusive) until {@code until} (exclusive), per theme (a signal with two
     * themes counts in both), sorted by code; themes without signals are left out.
     *
     * @throws be.draaischijf.platform.refusal.Invalid for the field {@code until} when it is not after {@code from}
     */
    List<ThemeCount> perTheme(@NotNull(message = "{draaischijf.required}") LocalDate from,
                              @NotNull(message = "{draaischijf.required}") LocalDate until);
}
