package be.draaischijf.web.pages.meldpunt.signalen;

import be.draaischijf.network.api.MeetingSummary;
import be.draaischijf.network.api.SignalFilter;
import be.draaischijf.network.api.SignalOverview;
import be.draaischijf.network.api.SignalView;
import be.draaischijf.network.api.Signals;
import be.draaischijf.network.api.ThemeMeetings;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.referral.api.CaseReports;
import be.draaischijf.referral.api.RelatedCases;
import be.draaischijf.web.i18n.Formats;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.PagedModel;
import be.draaischijf.web.layout.ReferenceChoices;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * /meldpunt/themas/{code}: one theme. Its signals (a lazy list, the latest first) and their counts over the last six
 * months per month and per district; what the cases its signals name have in common (their problem areas and the
 * offers they were referred to, from the case module's reports: numbers, no case contents); its theme meetings, and
 * planning a new one.
 */
@Named
@ViewScoped
public class ThemePage implements Serializable {

    /** A count of one key (a problem area's code, an offer's name), for the tables. */
    public record Count(String key, long count) implements Serializable {
    }

    @EJB
    Signals signals;

    @EJB
    ThemeMeetings meetings;

    @EJB
    CaseReports caseReports;

    @Inject
    ReferenceChoices choices;

    private String code;
    private ReferenceItem theme;
    private long total;
    private List<YearMonth> months;
    private SignalsPage.ThemeRow recent;
    private long relatedCases;
    private List<Count> problemAreas;
    private List<Count> offers;
    private List<MeetingSummary> themeMeetings;
    private PagedModel<SignalView> model;

    /** Runs after the address's code is applied (f:viewAction); an unknown theme is the 404 page. */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        List<ReferenceItem> themes = choices.items(ReferenceList.SIGNAL_THEME);
        Optional<ReferenceItem> found = themes.stream().filter(item -> item.code().equals(code)).findFirst();
        if (found.isEmpty()) {
            FormPages.refuse(404);
            return;
        }
        theme = found.get();
        SignalFilter filter = SignalFilter.ofTheme(code);
        total = signals.count(filter);
        YearMonth current = YearMonth.from(LocalDate.now(Formats.BRUSSELS));
        months = IntStream.range(0, SignalsPage.MONTHS).mapToObj(i -> current.minusMonths(SignalsPage.MONTHS - 1L - i)).toList();
        SignalOverview overview = signals.overview(months.get(0).atDay(1), current.plusMonths(1).atDay(1));
        recent = SignalsPage.rows(overview, months, themes).stream().filter(row -> row.code().equals(code)).findFirst()
                .orElse(new SignalsPage.ThemeRow(code, months.stream().map(month -> 0L).toList(), 0, List.of()));
        List<String> references = signals.caseReferences(code);
        RelatedCases related = references.isEmpty() ? new RelatedCases(0, Map.of(), Map.of()) : caseReports.related(references);
        relatedCases = related.cases();
        problemAreas = counts(related.perProblemArea());
        offers = counts(related.perOffer());
        themeMeetings = meetings.ofTheme(code);
        Signals api = signals;
        model = new PagedModel<>(() -> api.count(filter), (offset, size) -> api.list(filter, offset, size),
                row -> row.id().toString());
    }

    /** Most first, then by key. */
    private static List<Count> counts(Map<String, Long> counted) {
        return counted.entrySet().stream().map(entry -> new Count(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::key)).toList();
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public ReferenceItem getTheme() { return theme; }
    public long getTotal() { return total; }
    public List<YearMonth> getMonths() { return months; }
    public SignalsPage.ThemeRow getRecent() { return recent; }
    public long getRelatedCases() { return relatedCases; }
    public List<Count> getProblemAreas() { return problemAreas; }
    public List<Count> getOffers() { return offers; }
    public List<MeetingSummary> getMeetings() { return themeMeetings; }
    public PagedModel<SignalView> getModel() { return model; }
}
