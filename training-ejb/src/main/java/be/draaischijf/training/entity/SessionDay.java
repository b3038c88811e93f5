package be.draaischijf.training.entity;

import be.draaischijf.training.api.SessionDate;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** One day of a session, as two instants, with the iCalendar UID it keeps across edits. */
@Embeddable
public class SessionDay {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    /** The iCalendar UID of this day (null only for rows written before UIDs were stored: see {@link TrainingSession}). */
    @Column(name = "uid", length = 100)
    private String uid;

    protected SessionDay() {
    }

    public SessionDay(Instant startsAt, Instant endsAt, String uid) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.uid = uid;
    }

    /** The day as the draft gives it, with the uid the draft sent (may be null or unknown: the session decides). */
    public static SessionDay of(SessionDate date) {
        return new SessionDay(date.day().atTime(date.startsAt()).atZone(BRUSSELS).toInstant(),
                date.day().atTime(date.endsAt()).atZone(BRUSSELS).toInstant(), date.uid());
    }

    public SessionDate toDate() {
        ZonedDateTime start = startsAt.atZone(BRUSSELS);
        return new SessionDate(start.toLocalDate(), start.toLocalTime(), endsAt.atZone(BRUSSELS).toLocalTime(), uid);
    }

    /** The same day with another UID. */
    SessionDay withUid(String newUid) {
        return new SessionDay(startsAt, endsAt, newUid);
    }

    /** Its date in Brussels. */
    java.time.LocalDate localDay() {
        return startsAt.atZone(BRUSSELS).toLocalDate();
    }

    public String getUid() {
        return uid;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }
}
