package be.draaischijf.network.api;

import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which signals a list shows; {@code null} means any: one theme, one district, dated from {@code from} (inclusive)
 * until {@code until} (exclusive).
 */
public record SignalFilter(
        @Pattern(regexp = SignalDraft.CODE, message = "{draaischijf.code.unknown}") String theme,
        @Pattern(regexp = SignalDraft.CODE, message = "{draaischijf.code.unknown}") String district,
        LocalDate from,
        LocalDate until) implements Serializable {

    /** Every signal. */
    public static SignalFilter none() {
        return new SignalFilter(null, null, null, null);
    }

    /** The signals of one theme. */
    public static SignalFilter ofTheme(String theme) {
        return new SignalFilter(theme, null, null, null);
    }
}
