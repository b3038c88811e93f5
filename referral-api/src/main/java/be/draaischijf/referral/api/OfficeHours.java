package be.draaischijf.referral.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** When a contact point can be reached on one weekday: from {@code opens} to {@code closes} (local time). */
public record OfficeHours(
        @NotNull(message = "{draaischijf.required}") DayOfWeek day,
        @NotNull(message = "{draaischijf.required}") LocalTime opens,
        @NotNull(message = "{draaischijf.required}") LocalTime closes) implements Serializable {

    /** A day's hours close after they open. */
    @AssertTrue(message = "{referral.contact-point.hours.order}")
    public boolean isInOrder() {
        return opens == null || closes == null || closes.isAfter(opens);
    }
}
