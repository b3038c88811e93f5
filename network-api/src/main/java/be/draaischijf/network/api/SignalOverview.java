package be.draaischijf.network.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The signals dated from {@code from} (inclusive) until {@code until} (exclusive), counted by the database: how many
 * in all ({@code total}, each signal once), per theme (a signal with two themes counts in both; sorted by code), per
 * theme and month (by theme, then month) and per theme and district (by theme, then district). Themes, months and
 * districts without signals are left out.
 */
public record SignalOverview(
        LocalDate from,
        LocalDate until,
        long total,
        List<ThemeCount> perTheme,
        List<ThemeMonthCount> perMonth,
        List<ThemeDistrictCount> perDistrict) implements Serializable {

    public SignalOverview {
        perTheme = List.copyOf(perTheme);
        perMonth = List.copyOf(perMonth);
        perDistrict = List.copyOf(perDistrict);
    }
}
