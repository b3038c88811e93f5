package be.draaischijf.referral.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

/**
 * Deadlines in working days: Monday to Friday except the ten Belgian public holidays (New Year, Easter
 * Monday, Labour Day, Ascension, Whit Monday, National Day, Assumption, All Saints, Armistice, Christmas).
 * School holidays are not public holidays: partners and the Centraal Meldpunt work then.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The date {@code days} working days after {@code from} (a Friday plus 1 is the Monday). */
    public static LocalDate after(LocalDate from, int days) {
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    public static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !isPublicHoliday(date);
    }

    public static boolean isPublicHoliday(LocalDate date) {
        LocalDate easter = easterSunday(date.getYear());
        Set<LocalDate> holidays = Set.of(
                LocalDate.of(date.getYear(), Month.JANUARY, 1),
                easter.plusDays(1),
                LocalDate.of(date.getYear(), Month.MAY, 1),
                easter.plusDays(39),
                easter.plusDays(50),
                LocalDate.of(date.getYear(), Month.JULY, 21),
                LocalDate.of(date.getYear(), Month.AUGUST, 15),
                LocalDate.of(date.getYear(), Month.NOVEMBER, 1),
                LocalDate.of(date.getYear(), Month.NOVEMBER, 11),
                LocalDate.of(date.getYear(), Month.DECEMBER, 25));
        return holidays.contains(date);
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
