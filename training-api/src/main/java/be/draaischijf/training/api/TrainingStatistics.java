package be.draaischijf.training.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** The training calendar's figures for the reports (coordinators and administrators), counted by the database. */
@Local
public interface TrainingStatistics {

    /**
     * The sessions whose first date falls from {@code from} (inclusive) until {@code until} (exclusive).
     *
     * @throws be.draaischijf.platform.refusal.Invalid for the field {@code until} when it is not after {@code from}
     */
    TrainingCounts count(@NotNull(message = "{draaischijf.required}") LocalDate from,
                         @NotNull(message = "{draaischijf.required}") LocalDate until);
}
