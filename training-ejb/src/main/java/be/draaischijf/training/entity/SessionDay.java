package be.draaischijf.training.entity;

import be.draaischijf.training.api.SessionDate;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** One day of a session, as two instants. */
@Embeddable
public class SessionDay {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    protected SessionDay() {
    }

    public SessionDay(Instant startsAt, Instant endsAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public static SessionDay of(SessionDate date) {
        return new SessionDay(date.day().atTime(date.startsAt()).atZone(BRUSSELS).toInstant(),
                date.day().atTime(date.endsAt()).atZone(BRUSSELS).toInstant());
    }

    public SessionDate toDate() {
        ZonedDateTime start = startsAt.atZone(BRUSSELS);
        return new SessionDate(start.toLocalDate(), start.toLocalTime(), endsAt.atZone(BRUSSELS).toLocalTime());
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }
}
