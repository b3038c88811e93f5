package be.draaischijf.network.api;

import java.io.Serializable;
import java.time.YearMonth;

/** How many signals of one month name a theme (a code of the list of signal themes). */
public record ThemeMonthCount(String theme, YearMonth month, long signals) implements Serializable {
}
