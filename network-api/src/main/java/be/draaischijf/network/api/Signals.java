package be.draaischijf.network.api;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The network's signals: trends it picks up in its consultation forums, in questions and in cases, recorded apart from
 * the cases and grouped into themes (ADR 0045). Coordinators and administrators only
 * ({@link be.draaischijf.platform.refusal.NotPermitted} for anyone else).
 */
@Local
public interface Signals {

    /**
     * Records a signal. The codes must be active entries of their reference lists (districts, signal themes,
     * consultation forums); a case named by reference must exist, which only coordinators may ask (the case
     * module's search): nothing of the case is copied.
     *
     * @throws be.draaischijf.platform.refusal.Invalid with each field at fault: a date in the future, a forum missing
     *         or unknown for a forum, a reference missing or unknown for a case (or asked by an administrator), an
     *         unknown district or theme
     */
    SignalView add(@NotNull(message = "{draaischijf.required}") @Valid SignalDraft draft);

    /** @throws be.draaischijf.platform.refusal.NotFound when there is no such signal */
    SignalView find(@NotNull(message = "{draaischijf.required}") UUID id);

    /** The signals the filter keeps, the latest date first, one page at a time. */
    List<SignalView> list(@NotNull(message = "{draaischijf.required}") @Valid SignalFilter filter,
                          @Min(value = 0, message = "{draaischijf.not-negative}") int offset,
                          @Min(value = 1, message = "{draaischijf.min}") @Max(value = 500, message = "{draaischijf.max}") int size);

    long count(@NotNull(message = "{draaischijf.required}") @Valid SignalFilter filter);

    /**
     * The signals of a period counted per theme, per theme and month, per theme and district.
     *
     * @throws be.draaischijf.platform.refusal.Invalid for the field {@code until} when it is not after {@code from}
     */
    SignalOverview overview(@NotNull(message = "{draaischijf.required}") LocalDate from,
                            @NotNull(message = "{draaischijf.required}") LocalDate until);

    /** Every signal ever recorded, counted per theme (sorted by code; themes without signals left out). */
    List<ThemeCount> perTheme();

    /**
     * The distinct references of the cases that the theme's signals name, sorted: what a theme page asks the case
     * module about (the cases' problem areas and offers, never their contents).
     */
    List<String> caseReferences(@NotNull(message = "{draaischijf.required}")
                                @Pattern(regexp = SignalDraft.CODE, message = "{draaischijf.code.unknown}") String theme);
}
