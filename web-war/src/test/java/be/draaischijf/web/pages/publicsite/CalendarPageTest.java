package be.draaischijf.web.pages.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Where the week and month views open without a chosen day (ADR 0035): this week or month when the next session is
 * in it, else the period of the next session; weeks run from Monday to Sunday.
 */
class CalendarPageTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 6, 11);

    @Test
    void theWeekViewOpensOnTheWeekOfTheNextSessionWhenThisWeekHasNone() {
        assertThat(CalendarPage.openOn(WEDNESDAY, LocalDate.of(2025, 6, 13), true)).as("Friday this week").isEqualTo(WEDNESDAY);
        assertThat(CalendarPage.openOn(WEDNESDAY, LocalDate.of(2025, 6, 15), true)).as("Sunday this week").isEqualTo(WEDNESDAY);
        assertThat(CalendarPage.openOn(WEDNESDAY, LocalDate.of(2025, 6, 16), true)).as("Monday next week")
                .isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(CalendarPage.openOn(WEDNESDAY, LocalDate.of(2025, 8, 1), true)).isEqualTo(LocalDate.of(2025, 8, 1));
    }

    @Test
    void theMonthViewOpensOnTheMonthOfTheNextSessionWhenThisMonthHasNone() {
        assertThat(CalendarPage.openOn(WEDNESDAY, LocalDate.of(2025, 6, 30), false)).isEqualTo(WEDNESDAY);
        assertThat(CalendarPage.openOn(WEDNESDAY, LocalDate.of(2025, 7, 1), false)).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void withoutANextSessionOrWithOneGoingOnSinceYesterdayTheViewsOpenOnToday() {
        assertThat(CalendarPage.openOn(WEDNESDAY, null, true)).isEqualTo(WEDNESDAY);
        assertThat(CalendarPage.openOn(LocalDate.of(2025, 6, 16), LocalDate.of(2025, 6, 15), true)).isEqualTo(LocalDate.of(2025, 6, 16));
    }

    @Test
    void periodsStartOnMondayOrOnTheFirstOfTheMonth() {
        assertThat(CalendarPage.periodStart(LocalDate.of(2025, 6, 15), true)).isEqualTo(LocalDate.of(2025, 6, 9));
        assertThat(CalendarPage.periodStart(LocalDate.of(2025, 6, 9), true)).isEqualTo(LocalDate.of(2025, 6, 9));
        assertThat(CalendarPage.periodStart(WEDNESDAY, false)).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(CalendarPage.periodEnd(LocalDate.of(2025, 6, 9), true)).isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(CalendarPage.periodEnd(LocalDate.of(2025, 1, 1), false)).isEqualTo(LocalDate.of(2025, 2, 1));
    }

    @Test
    void aChosenDayIsADateOfTheAddressOrNothing() {
        assertThat(CalendarPage.day("2025-06-09")).isEqualTo(LocalDate.of(2025, 6, 9));
        assertThat(CalendarPage.day("2025-6-9")).isNull();
        assertThat(CalendarPage.day("2025-02-30")).isNull();
        assertThat(CalendarPage.day("99999-01-01")).isNull();
        assertThat(CalendarPage.day(null)).isNull();
    }
}
