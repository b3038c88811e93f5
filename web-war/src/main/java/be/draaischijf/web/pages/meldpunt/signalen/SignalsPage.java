package be.draaischijf.web.pages.meldpunt.signalen;

import be.draaischijf.network.api.SignalFilter;
import be.draaischijf.network.api.SignalOverview;
import be.draaischijf.network.api.SignalView;
import be.draaischijf.network.api.Signals;
import be.draaischijf.network.api.ThemeDistrictCount;
import be.draaischijf.network.api.ThemeMonthCount;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.web.i18n.Formats;
import be.draaischijf.web.layout.PagedModel;
import be.draaischijf.web.layout.ReferenceChoices;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * /meldpunt/signalen: the signals of the last six months by theme (a count per month, and per district), and every
 * signal in a lazy list, the latest first, of one theme with {@code ?thema=CODE}. The form on the same page is
 * {@link SignalForm}.
 */
@Named
@ViewScoped
public class SignalsPage implements Serializable {

    /** How many months the overview shows, this one included. */
    static final int MONTHS = 6;

    /**
     * One theme's row of the overview: its signals in each month shown (oldest first), in the whole period, and per
     * district (most first).
     */
    public record ThemeRow(String code, List<Long> perMonth, long total, List<ThemeDistrictCount> districts)
            implements Serializable {
    }

    @EJB
    Signals signals;

    @Inject
    ReferenceChoices choices;

    private String theme;
    private List<YearMonth> months;
    private List<ThemeRow> rows;
    private long total;
    private PagedModel<SignalView> model;

    /** Runs after the URL parameters are applied (f:viewAction). */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        List<ReferenceItem> themes = choices.items(ReferenceList.SIGNAL_THEME);
        theme = theme == null ? null : ReferenceChoices.known(theme.strip().toUpperCase(Locale.ROOT), themes).orElse(null);
        YearMonth current = YearMonth.from(LocalDate.now(Formats.BRUSSELS));
        months = IntStream.range(0, MONTHS).mapToObj(i -> current.minusMonths(MONTHS - 1L - i)).toList();
        SignalOverview overview = signals.overview(months.get(0).atDay(1), current.plusMonths(1).atDay(1));
        total = overview.total();
        rows = rows(overview, months, themes);
        Signals api = signals;
        SignalFilter filter = theme == null ? SignalFilter.none() : SignalFilter.ofTheme(theme);
        model = new PagedModel<>(() -> api.count(filter), (offset, size) -> api.list(filter, offset, size),
                row -> row.id().toString());
    }

    /** The overview's themes in the list's order, each with its months and districts. */
    static List<ThemeRow> rows(SignalOverview overview, List<YearMonth> months, List<ReferenceItem> themes) {
        List<ThemeRow> rows = new ArrayList<>();
        List<String> order = themes.stream().map(ReferenceItem::code).toList();
        List<String> counted = new ArrayList<>(overview.perTheme().stream().map(count -> count.code()).toList());
        counted.sort((a, b) -> Integer.compare(position(order, a), position(order, b)));
        for (String code : counted) {
            List<Long> perMonth = months.stream().map(month -> overview.perMonth().stream()
                    .filter(count -> count.theme().equals(code) && count.month().equals(month))
                    .mapToLong(ThemeMonthCount::signals).sum()).toList();
            long inPeriod = overview.perTheme().stream().filter(count -> count.code().equals(code))
                    .mapToLong(count -> count.signals()).sum();
            List<ThemeDistrictCount> districts = overview.perDistrict().stream().filter(count -> count.theme().equals(code))
                    .sorted((a, b) -> Long.compare(b.signals(), a.signals())).toList();
            rows.add(new ThemeRow(code, perMonth, inPeriod, districts));
        }
        return rows;
    }

    private static int position(List<String> order, String code) {
        int at = order.indexOf(code);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme == null || theme.isBlank() ? null : theme; }
    public List<YearMonth> getMonths() { return months; }
    public List<ThemeRow> getRows() { return rows; }
    public long getTotal() { return total; }
    public PagedModel<SignalView> getModel() { return model; }
}
