package be.draaischijf.training.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One day of a session, in Brussels time (Europe/Brussels): a multi-day training has several.
 * The same record goes in (drafts) and comes out (views).
 */
public record SessionDate(
        @NotNull(message = "kies een datum") LocalDate day,
        @NotNull(message = "kies een beginuur") LocalTime startsAt,
        @NotNull(message = "kies een einduur") LocalTime endsAt) implements Serializable {

    @AssertTrue(message = "het einduur moet na het beginuur liggen")
    public boolean isEndAfterStart() {
        return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
    }
}
