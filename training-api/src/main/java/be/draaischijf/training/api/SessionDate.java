package be.draaischijf.training.api;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One day of a session, in Brussels time (Europe/Brussels): a multi-day training has several.
 * The same record goes in (drafts) and comes out (views). {@code uid} is the day's iCalendar UID, given by the
 * module and kept across edits: a form sends back the uid of each day it shows (null for a day it adds), so
 * that calendars that imported the session update that day instead of adding a new one.
 */
public record SessionDate(
        @NotNull(message = "{training.date.required}") LocalDate day,
        @NotNull(message = "{training.start.required}") LocalTime startsAt,
        @NotNull(message = "{training.end.required}") LocalTime endsAt,
        @Size(max = 100, message = "{draaischijf.size.max}") String uid) implements Serializable {

    /** The constructor JSON-B uses (a record with two constructors needs one named); {@code uid} may be left out. */
    @JsonbCreator
    public SessionDate {
    }

    /** A day without a uid yet (a new day). */
    public SessionDate(LocalDate day, LocalTime startsAt, LocalTime endsAt) {
        this(day, startsAt, endsAt, null);
    }

    @AssertTrue(message = "{training.end-after-start}")
    public boolean isEndAfterStart() {
        return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
    }
}
