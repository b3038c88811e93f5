package be.draaischijf.training.api;

import jakarta.ejb.Local;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/** The calendar of trainings and info sessions. */
@Local
public interface TrainingSessions {

    /** Published sessions that start at or after {@code from}, soonest first. */
    List<SessionSummary> upcomingPublished(@NotNull(message = "is verplicht") Instant from, @Min(value = 1, message = "moet minstens 1 zijn") @Max(value = 500, message = "mag hoogstens 500 zijn") int max);

    /** Every session, drafts included, latest start first (coordinators). */
    List<SessionSummary> list(@Min(value = 0, message = "mag niet negatief zijn") int offset, @Min(value = 1, message = "moet minstens 1 zijn") @Max(value = 500, message = "mag hoogstens 500 zijn") int size);

    long count();
}
