package be.draaischijf.referral.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25"})
    void knowsEaster(int year, LocalDate easter) {
        assertThat(WorkingDays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void aFridayPlusOneIsTheMonday() {
        assertThat(WorkingDays.after(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        // Good Friday is a working day, Easter Monday is not
        "2026-04-02, 1, 2026-04-03",
        "2026-04-03, 1, 2026-04-07",
        // Ascension (Thursday) and Whit Monday
        "2026-05-13, 1, 2026-05-15",
        "2026-05-22, 1, 2026-05-26",
        // Armistice on a Wednesday, All Saints on a Sunday changes nothing
        "2026-11-10, 2, 2026-11-13",
        "2026-10-30, 1, 2026-11-02",
        // Christmas and New Year
        "2026-12-24, 2, 2026-12-29",
        "2026-12-31, 1, 2027-01-04",
        // National Day and Assumption
        "2026-07-20, 1, 2026-07-22",
        "2025-08-14, 1, 2025-08-18"
    })
    void skipsWeekendsAndBelgianPublicHolidays(LocalDate from, int days, LocalDate expected) {
        assertThat(WorkingDays.after(from, days)).isEqualTo(expected);
    }
}
