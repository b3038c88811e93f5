package be.draaischijf.referral.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The cases' counts for the reports (coordinators and administrators): no case contents, no names. They read only
 * what a case keeps when it is anonymised (ADR 0043), so a report shows the same numbers before and after.
 */
@Local
public interface CaseStatistics {

    /**
     * The cases received from {@code from} (inclusive) until {@code until} (exclusive), days in Europe/Brussels.
     *
     * @throws be.draaischijf.platform.refusal.Invalid for the field {@code until} when it is not after {@code from}
     */
    CaseCounts count(@NotNull(message = "{draaischijf.required}") LocalDate from,
                     @NotNull(message = "{draaischijf.required}") LocalDate until);
}
