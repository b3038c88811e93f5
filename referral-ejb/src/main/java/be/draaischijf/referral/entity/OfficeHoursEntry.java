package be.draaischijf.referral.entity;

import be.draaischijf.referral.api.OfficeHours;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One weekday's office hours of a contact point; the day is stored as its ISO number (Monday 1). */
@Embeddable
public class OfficeHoursEntry {

    @Column(name = "day_of_week", nullable = false)
    private int day;

    @Column(nullable = false)
    private LocalTime opens;

    @Column(nullable = false)
    private LocalTime closes;

    protected OfficeHoursEntry() {
    }

    OfficeHoursEntry(OfficeHours hours) {
        this.day = hours.day().getValue();
        this.opens = hours.opens();
        this.closes = hours.closes();
    }

    int day() {
        return day;
    }

    /** By value: Hibernate compares a set's elements with its snapshot, so an unchanged week is not rewritten. */
    @Override
    public boolean equals(Object other) {
        return other instanceof OfficeHoursEntry that && day == that.day && opens.equals(that.opens) && closes.equals(that.closes);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(day, opens, closes);
    }

    OfficeHours toHours() {
        return new OfficeHours(DayOfWeek.of(day), opens, closes);
    }
}
