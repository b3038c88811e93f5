package be.draaischijf.referral.control;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Deadlines in working days: Monday to Friday (public holidays are not taken into account). */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The date {@code days} working days after {@code from} (a Friday plus 1 is the Monday). */
    public static LocalDate after(LocalDate from, int days) {
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }
}
