package be.draaischijf.web.pages.meldpunt;

import be.draaischijf.network.api.PublicationAudience;
import be.draaischijf.network.api.PublicationDraft;
import be.draaischijf.network.api.Publications;
import be.draaischijf.platform.PdfFile;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.referral.api.ContactPointView;
import be.draaischijf.referral.api.ReportPeriod;
import be.draaischijf.web.i18n.Language;
import be.draaischijf.web.layout.ContactPointChoices;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.Refusals;
import be.draaischijf.web.reports.ReportData;
import be.draaischijf.web.reports.ReportFigures;
import be.draaischijf.web.reports.ReportFiles;
import be.draaischijf.web.reports.ReportPdf;
import be.draaischijf.web.reports.ReportSection;
import be.draaischijf.web.reports.ReportSections;
import be.draaischijf.web.reports.ReportTexts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * /meldpunt/rapporten: the network's figures for a period (the last twelve whole months at first; any first and last
 * day, or a whole year) and a contact point (the coordinator's own at first, or all). Each section a heading, a chart
 * and the table beside it (the chart's text alternative), with its CSV, Excel and PDF downloads (links to
 * {@code /api/reports/…}); the capacity gap with its definition in words. Every module is asked once per "Toon" and the
 * figures stay with the view, so that nothing is counted again while the page is used. Below, the annual report: a
 * year and the coordinator's text, one PDF of the whole network's figures.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    static final String FORM = "periode";
    static final String FROM = FORM + ":van";
    static final String TO = FORM + ":tot";
    static final String CONTACT_POINT = FORM + ":contactpunt";
    static final String YEAR = FORM + ":jaar";
    static final String ANNUAL = "jaarrapport";
    static final String ANNUAL_YEAR = ANNUAL + ":jaarrapportJaar";
    static final String ANNUAL_TEXT = ANNUAL + ":jaarrapportTekst";

    /** How many years back the year choices go. */
    static final int YEARS_BACK = 10;

    @Inject
    ReportFigures figures;

    @Inject
    ContactPointChoices contactPoints;

    @Inject
    Language language;

    @Inject
    Messages messages;

    @EJB
    Publications publications;

    private LocalDate from;
    private LocalDate to;
    private String contactPoint;
    private Integer year;

    private Integer annualYear;
    private String annualText;

    private ReportData shown;
    private List<ReportSection> sections = List.of();
    private String summary;

    /** The last twelve whole months, for the coordinator's own contact point (all when they have none), shown at once. */
    @PostConstruct
    void init() {
        LocalDate today = ReportFigures.today();
        LocalDate[] period = ReportFigures.lastTwelveMonths(today);
        from = period[0];
        to = period[1];
        contactPoint = ContactPointChoices.parameter(contactPoints.mine());
        year = today.getYear() - 1;
        annualYear = today.getYear() - 1;
        compute(from, to, chosenPoint().orElse(null));
    }

    /** "Toon": the figures of the period and contact point in the form; what is wrong is said next to its field. */
    public void show() {
        if (from == null || to == null) {
            return; // the inputs' own required messages say so
        }
        boolean valid = true;
        if (to.isBefore(from)) {
            messages.error(TO, "reports.to.beforeFrom");
            valid = false;
        } else if (ReportFigures.tooLong(from, to)) {
            messages.error(TO, "reports.period.tooLong");
            valid = false;
        }
        java.util.Optional<UUID> point = chosenPoint();
        if (point.isEmpty() && !ContactPointChoices.ALL.equals(contactPoint)) {
            messages.error(CONTACT_POINT, "reports.contactPoint.unknown");
            valid = false;
        }
        if (valid) {
            compute(from, to, point.orElse(null));
        }
    }

    /** "Toon dit jaar": the chosen calendar year, for the contact point in the form. */
    public void showYear() {
        if (year == null || !getYears().contains(year)) {
            messages.error(YEAR, "reports.year.required");
            return;
        }
        from = LocalDate.of(year, 1, 1);
        to = LocalDate.of(year, 12, 31);
        show();
    }

    private void compute(LocalDate first, LocalDate last, UUID point) {
        ReportTexts texts = figures.texts(language.getLocale());
        try {
            shown = figures.read(first, last, point);
        } catch (Refusal refused) {
            Refusals.message(refused);
            return;
        }
        sections = ReportSections.all(shown, texts);
        String where = shown.contactPointName() == null ? texts.text("reports.contactPoint.all") : shown.contactPointName();
        summary = texts.text("reports.shown", texts.period(first, last), where, shown.received());
    }

    /** The chosen contact point: empty for all (and for an id no contact point has, which {@link #show} refuses). */
    private java.util.Optional<UUID> chosenPoint() {
        if (contactPoint == null || ContactPointChoices.ALL.equals(contactPoint)) {
            return java.util.Optional.empty();
        }
        return contactPoints.find(contactPoint).map(ContactPointView::id);
    }

    // ---- what the page shows

    /** The sections' keys, in the page's order (fixed: the page's parts are built from them). */
    public List<String> getKeys() {
        return ReportSections.KEYS;
    }

    /** The section with this key, of the figures shown. */
    public ReportSection section(String key) {
        return sections.stream().filter(section -> section.key().equals(key)).findFirst().orElse(null);
    }

    public List<ReportSection> getSections() {
        return sections;
    }

    /** "Cijfers van 1 januari 2026 tot en met 31 december 2026, Centraal Meldpunt: 123 aanmeldingen." */
    public String getSummary() {
        return summary;
    }

    /** The locale the charts write their axes' numbers in. */
    public String getChartLocale() {
        return "en".equals(language.getCode()) ? "en-GB" : "nl-BE";
    }

    /** The canvas's text alternative: which table holds the chart's figures. */
    public String chartLabel(ReportSection section) {
        return messages.format("reports.chartLabel", section.title());
    }

    /** A section's download ({@code csv}, {@code xlsx}, {@code pdf}) for the period and contact point shown. */
    public String download(ReportSection section, String format) {
        String path = section.apiPath();
        return api() + path + (path.contains("?") ? "&" : "?") + query() + "&format=" + format;
    }

    /** The whole report's download ({@code csv}, {@code xlsx}, {@code pdf}). */
    public String downloadAll(String format) {
        return api().substring(0, api().length() - 1) + "?" + query() + "&format=" + format;
    }

    private String api() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/reports/";
    }

    private String query() {
        if (shown == null) {
            return "";
        }
        return "from=" + shown.from() + "&to=" + shown.to()
                + (shown.contactPoint() == null ? "" : "&contactPoint=" + shown.contactPoint()) + "&language=" + language.getCode();
    }

    /** The years to choose: this one and the {@value #YEARS_BACK} before it, the latest first. */
    public List<Integer> getYears() {
        int now = ReportFigures.today().getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now; y > now - YEARS_BACK; y--) {
            years.add(y);
        }
        return years;
    }

    public List<ContactPointView> getContactPoints() {
        return figures.contactPoints();
    }

    // ---- the annual report

    /** "Jaarrapport downloaden": the chosen year's PDF, with the coordinator's text, as a file to save. */
    public void downloadAnnual() throws IOException {
        if (!annualValid()) {
            return;
        }
        ReportTexts texts = figures.texts(language.getLocale());
        byte[] pdf = annualReport(annualYear, annualText, texts);
        send(pdf, ReportFiles.PDF, ReportFiles.fileName(texts.text("reports.file.annual"), String.valueOf(annualYear), null,
                null, "pdf"));
    }

    /**
     * Publishes the annual report of the chosen year, with the coordinator's text, as one of the network's public
     * publications (listed on /publicaties and the home page): the same PDF as the download, titled
     * "Jaarrapport 2026". The page says it was published, with a link to the publications.
     */
    public void publishAnnualReport() {
        if (!annualValid()) {
            return;
        }
        ReportTexts texts = figures.texts(language.getLocale());
        String title = texts.text("reports.annual.pdfTitle", String.valueOf(annualYear));
        byte[] pdf = annualReport(annualYear, annualText, texts);
        try {
            publications.create(new PublicationDraft(title, LocalDate.now(ReportPeriod.BRUSSELS),
                    texts.text("reports.annual.publicationSummary", String.valueOf(annualYear)), PublicationAudience.PUBLIC, 0),
                    new PdfFile("jaarrapport-" + annualYear + ".pdf", pdf));
            messages.info("reports.annual.published", title);
        } catch (Refusal refused) {
            Refusals.message(refused);
        }
    }

    /** The annual report of a year: the whole network's figures, with the coordinator's text. */
    byte[] annualReport(int of, String text, ReportTexts texts) {
        ReportData data = figures.read(LocalDate.of(of, 1, 1), LocalDate.of(of, 12, 31), null);
        return ReportPdf.annual(of, text, data, ReportSections.all(data, texts), texts, Instant.now());
    }

    private boolean annualValid() {
        boolean valid = true;
        if (annualYear == null || !getYears().contains(annualYear)) {
            messages.error(ANNUAL_YEAR, "reports.annual.year.required");
            valid = false;
        }
        if (annualText != null && annualText.length() > ReportFigures.LONGEST_TEXT) {
            messages.error(ANNUAL_TEXT, "reports.annual.text.tooLong");
            valid = false;
        }
        return valid;
    }

    /** The bytes as the answer to the form: a file to save, never kept in a cache; the page stays as it is. */
    private static void send(byte[] content, String type, String fileName) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(type);
        external.setResponseContentLength(content.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        external.setResponseHeader("Cache-Control", "no-store");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(content);
        }
        faces.responseComplete();
    }

    // ---- the form

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getContactPoint() { return contactPoint; }
    public void setContactPoint(String contactPoint) { this.contactPoint = contactPoint; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Integer getAnnualYear() { return annualYear; }
    public void setAnnualYear(Integer annualYear) { this.annualYear = annualYear; }
    public String getAnnualText() { return annualText; }
    public void setAnnualText(String annualText) { this.annualText = annualText; }
}
