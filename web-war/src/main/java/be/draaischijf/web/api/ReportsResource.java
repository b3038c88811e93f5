package be.draaischijf.web.api;

import be.draaischijf.network.api.ThemeCount;
import be.draaischijf.referral.api.CapacityGapCase;
import be.draaischijf.referral.api.CapacityGapRow;
import be.draaischijf.referral.api.ConferenceCounts;
import be.draaischijf.referral.api.GroupCount;
import be.draaischijf.referral.api.LeadTime;
import be.draaischijf.referral.api.PartnerReferralCounts;
import be.draaischijf.referral.api.ReportGrouping;
import be.draaischijf.training.api.TrainingCounts;
import be.draaischijf.web.i18n.Language;
import be.draaischijf.web.reports.ReportData;
import be.draaischijf.web.reports.ReportFigures;
import be.draaischijf.web.reports.ReportFiles;
import be.draaischijf.web.reports.ReportPdf;
import be.draaischijf.web.reports.ReportSection;
import be.draaischijf.web.reports.ReportSections;
import be.draaischijf.web.reports.ReportTexts;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/reports: the network's reports for coordinators and administrators (issue 17, ADR 0046), each counted by its
 * module's database. A period is {@code from} up to and including {@code to} (people say "1 januari tot 31 december";
 * the modules get the day after {@code to} as their exclusive end), by default the last twelve whole months. JSON by
 * default; CSV when the {@code Accept} header asks for {@code text/csv}; with {@code format=csv|xlsx|pdf|json} a plain
 * link chooses (the page's downloads). CSV, XLSX and PDF say everything in words, in the language chosen on the pages,
 * else {@code Accept-Language}. The cases' figures may be limited to one contact point; signals and trainings belong
 * to none and are the whole network's.
 */
@Path("reports")
@Tag(ref = "Rapporten") // the tag is described once, on StatisticsResource
public class ReportsResource {

    static final String CSV = "text/csv";
    static final String PERIOD = " De periode loopt van from tot en met to (de dag to telt mee); zonder from en to: de"
            + " laatste twaalf volledige maanden; zonder to: tot en met vandaag; zonder from: een jaar tot en met to."
            + " Standaard JSON; CSV met Accept: text/csv; format=csv|xlsx|pdf|json kiest voor een gewone link (CSV, Excel en"
            + " PDF in woorden, in de taal van language=nl|en, anders die van de pagina's, anders Accept-Language)";
    private static final int OLDEST_YEAR = 2000;

    @Inject
    ReportFigures figures;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV, ReportFiles.XLSX, ReportFiles.PDF, MediaType.WILDCARD})
    @Operation(summary = "Alle cijfers van een periode in één keer (coördinatoren, beheerders): aanmeldingen per"
            + " groupBy-waarde, doorlooptijden, doorverwijzingen per partner, netwerkoverleg, capaciteitstekort, signalen en"
            + " vormingen. Als CSV, Excel of PDF: het hele rapport, elke tabel onder zijn titel." + PERIOD)
    @APIResponse(responseCode = "200", description = "Alle cijfers",
            headers = @Header(name = "Content-Disposition", description = "bij CSV, Excel en PDF: attachment;"
                    + " filename=\"rapport-….csv\"", schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportsOverview.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = ReportFiles.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = ReportFiles.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = BAD_PERIOD,
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    public Response all(@Parameter(description = FROM) @QueryParam("from") String from,
                        @Parameter(description = TO) @QueryParam("to") String to,
                        @Parameter(description = CONTACT_POINT) @QueryParam("contactPoint") String contactPoint,
                        @Parameter(description = FORMAT) @QueryParam("format") String format) {
        Callers.coordinator(security);
        ReportRequest ask = request();
        ReportRequest.Format as = ask.format(format);
        ReportRequest.Range range = ask.range(from, to, contactPoint);
        ReportData data = figures.read(range.from(), range.to(), range.contactPoint());
        ReportTexts texts = ask.texts();
        if (as == ReportRequest.Format.JSON) {
            return ReportRequest.json(ReportsOverview.of(data, texts.duration(data.acceptableWait())));
        }
        List<ReportSection> sections = ReportSections.all(data, texts);
        String title = texts.text("reports.title");
        return switch (as) {
            case CSV -> Downloads.attachment(ReportFiles.csv(sections), ReportFiles.CSV, ask.fileName(title, range, "csv", texts));
            case XLSX -> Downloads.attachment(ReportFiles.xlsx(sections), ReportFiles.XLSX, ask.fileName(title, range, "xlsx", texts));
            default -> Downloads.attachment(ReportPdf.report(title, range.from(), range.to(), range.contactPointName(),
                    sections, texts, Instant.now()), ReportFiles.PDF, ask.fileName(title, range, "pdf", texts));
        };
    }

    @GET
    @Path("referrals")
    @Produces({MediaType.APPLICATION_JSON, CSV, ReportFiles.XLSX, ReportFiles.PDF, MediaType.WILDCARD})
    @Operation(summary = "Dossiers die in de periode binnenkwamen, per groep (coördinatoren, beheerders): groupBy=month"
            + " (jjjj-mm), problemArea (een dossier met twee gebieden telt bij elk), district, sector (van de aanmelder),"
            + " ageBand, schoolStatus, urgency of outcome (afgesloten dossiers); groepen zonder dossiers ontbreken (in CSV,"
            + " Excel en PDF staat elke maand van de periode, ook met 0)." + PERIOD)
    @APIResponse(responseCode = "200", description = "[{key, count}], gesorteerd op key",
            headers = @Header(name = "Content-Disposition", description = "bij CSV, Excel en PDF: attachment;"
                    + " filename=\"rapport-….csv\"", schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = GroupCount.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = BAD_PERIOD,
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    public Response referrals(@Parameter(description = "month, problemArea, district, sector, ageBand, schoolStatus,"
                                      + " urgency of outcome (verplicht)") @QueryParam("groupBy") String groupBy,
                              @Parameter(description = FROM) @QueryParam("from") String from,
                              @Parameter(description = TO) @QueryParam("to") String to,
                              @Parameter(description = CONTACT_POINT) @QueryParam("contactPoint") String contactPoint,
                              @Parameter(description = FORMAT) @QueryParam("format") String format) {
        Callers.coordinator(security);
        ReportGrouping grouping = ReportRequest.grouping(groupBy);
        ReportRequest ask = request();
        ReportRequest.Format as = ask.format(format);
        ReportRequest.Range range = ask.range(from, to, contactPoint);
        List<GroupCount> counts = figures.cases().referrals(range.period(), grouping);
        return ask.answer(as, counts, range, () -> ReportSections.referrals(grouping, counts, range.from(), range.to(), ask.texts()));
    }

    @GET
    @Path("lead-times")
    @Produces({MediaType.APPLICATION_JSON, CSV, ReportFiles.XLSX, ReportFiles.PDF, MediaType.WILDCARD})
    @Operation(summary = "Doorlooptijden van de dossiers die in de periode binnenkwamen (coördinatoren, beheerders): per"
            + " stap (FIRST_ANALYSIS, REFERRAL, START) hoeveel dossiers ze bereikten en de mediaan en het 90e percentiel in"
            + " dagen vanaf de ontvangst (null als geen dossier de stap bereikte)." + PERIOD)
    @APIResponse(responseCode = "200", description = "[{stage, cases, medianDays, p90Days}], in de volgorde van de stappen",
            headers = @Header(name = "Content-Disposition", description = "bij CSV, Excel en PDF: attachment;"
                    + " filename=\"rapport-….csv\"", schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = LeadTime.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = BAD_PERIOD,
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    public Response leadTimes(@Parameter(description = FROM) @QueryParam("from") String from,
                              @Parameter(description = TO) @QueryParam("to") String to,
                              @Parameter(description = CONTACT_POINT) @QueryParam("contactPoint") String contactPoint,
                              @Parameter(description = FORMAT) @QueryParam("format") String format) {
        Callers.coordinator(security);
        ReportRequest ask = request();
        ReportRequest.Format as = ask.format(format);
        ReportRequest.Range range = ask.range(from, to, contactPoint);
        List<LeadTime> times = figures.cases().leadTimes(range.period());
        return ask.answer(as, times, range, () -> ReportSections.leadTimes(times, ask.texts()));
    }

    @GET
    @Path("offer-referrals")
    @Produces({MediaType.APPLICATION_JSON, CSV, ReportFiles.XLSX, ReportFiles.PDF, MediaType.WILDCARD})
    @Operation(summary = "Doorverwijzingen naar aanbod die in de periode voorgesteld werden, per partnerorganisatie"
            + " (coördinatoren, beheerders): voorgesteld, aanvaard, geweigerd (per reden), gestart, afgerond en de mediane"
            + " antwoordtijd in dagen." + PERIOD)
    @APIResponse(responseCode = "200", description = "Per partner, op naam",
            headers = @Header(name = "Content-Disposition", description = "bij CSV, Excel en PDF: attachment;"
                    + " filename=\"rapport-….csv\"", schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PartnerReferralCounts.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = BAD_PERIOD,
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    public Response offerReferrals(@Parameter(description = FROM) @QueryParam("from") String from,
                                   @Parameter(description = TO) @QueryParam("to") String to,
                                   @Parameter(description = CONTACT_POINT) @QueryParam("contactPoint") String contactPoint,
                                   @Parameter(description = FORMAT) @QueryParam("format") String format) {
        Callers.coordinator(security);
        ReportRequest ask = request();
        ReportRequest.Format as = ask.format(format);
        ReportRequest.Range range = ask.range(from, to, contactPoint);
        List<PartnerReferralCounts> partners = figures.cases().offerReferrals(range.period());
        return ask.answer(as, partners, range, () -> ReportSections.offerReferrals(partners, ask.texts()));
    }

    @GET
    @Path("conferences")
    @Produces({MediaType.APPLICATION_JSON, CSV, ReportFiles.XLSX, ReportFiles.PDF, MediaType.WILDCARD})
    @Operation(summary = "Netwerkoverleggen die in de periode gehouden werden en hun afspraken (coördinatoren, beheerders):"
            + " afgerond, op tijd afgerond (op of voor de afgesproken datum), open en over tijd, open." + PERIOD)
    @APIResponse(responseCode = "200", description = "De tellingen",
            headers = @Header(name = "Content-Disposition", description = "bij CSV, Excel en PDF: attachment;"
                    + " filename=\"rapport-….csv\"", schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConferenceCounts.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = BAD_PERIOD,
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    public Response conferences(@Parameter(description = FROM) @QueryParam("from") String from,
                                @Parameter(description = TO) @QueryParam("to") String to,
                                @Parameter(description = CONTACT_POINT) @QueryParam("contactPoint") String contactPoint,
                                @Parameter(description = FORMAT) @QueryParam("format") String format) {
        Callers.coordinator(security);
        ReportRequest ask = request();
        ReportRequest.Format as = ask.format(format);
        ReportRequest.Range range = ask.range(from, to, contactPoint);
        ConferenceCounts counts = figures.cases().conferences(range.period());
        return ask.answer(as, counts, range, () -> ReportSections.conferences(counts, ask.texts()));
    }

    @GET
    @Path("capacity-gap")
    @Produces({MediaType.APPLICATION_JSON, CSV, ReportFiles.XLSX, ReportFiles.PDF, MediaType.WILDCARD})
    @Operation(summary = "Het capaciteitstekort (coördinatoren, beheerders): per probleemgebied, leeftijdsgroep en wijk"
            + " hoeveel extra plaatsen nodig waren: jongeren voor wie geen passend aanbod bestond of die langer dan de"
            + " aanvaardbare tijd wachtten, één keer per jongere en probleemgebied, met hun mediane wachttijd in weken en het"
            + " aanbod dat vol zat. CSV en Excel bevatten ook de dossiers achter het cijfer (kenmerken, geen namen), zodat het"
            + " na te rekenen is." + PERIOD)
    @APIResponse(responseCode = "200", description = "[{problemArea, ageBand, district, extraPlaces, medianWaitWeeks,"
            + " fullOffers}], gesorteerd op probleemgebied, leeftijdsgroep en wijk",
            headers = @Header(name = "Content-Disposition", description = "bij CSV, Excel en PDF: attachment;"
                    + " filename=\"rapport-….csv\"", schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CapacityGapRow.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = BAD_PERIOD,
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    public Response capacityGap(@Parameter(description = FROM) @QueryParam("from") String from,
                                @Parameter(description = TO) @QueryParam("to") String to,
                                @Parameter(description = CONTACT_POINT) @QueryParam("contactPoint") String contactPoint,
                                @Parameter(description = FORMAT) @QueryParam("format") String format) {
        Callers.coordinator(security);
        ReportRequest ask = request();
        ReportRequest.Format as = ask.format(format);
        ReportRequest.Range range = ask.range(from, to, contactPoint);
        List<CapacityGapRow> gap = figures.cases().capacityGap(range.period());
        if (as == ReportRequest.Format.JSON) {
            return ReportRequest.json(gap);
        }
        List<CapacityGapCase> cases = figures.cases().capacityGapCases(range.period());
        return ask.answer(as, gap, range,
                () -> ReportSections.capacityGap(gap, cases, figures.cases().acceptableWait(), ask.texts()));
    }

    @GET
    @Path("capacity-gap/cases")
    @Produces({MediaType.APPLICATION_JSON, CSV, MediaType.WILDCARD})
    @Operation(summary = "De dossiers achter het capaciteitstekort (coördinatoren, beheerders): één regel per dossier en"
            + " probleemgebied, met het kenmerk (geen namen), de leeftijdsgroep, de wijk, waarom het meetelt"
            + " (NO_FITTING_OFFER, NO_CAPACITY, WAITING_TOO_LONG, WAITED) en de weken wachttijd." + PERIOD)
    @APIResponse(responseCode = "200", description = "[{reference, problemArea, ageBand, district, why, waitWeeks}]",
            headers = @Header(name = "Content-Disposition", description = "bij CSV: attachment; filename=\"rapport-….csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CapacityGapCase.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = BAD_PERIOD,
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    public Response capacityGapCases(@Parameter(description = FROM) @QueryParam("from") String from,
                                     @Parameter(description = TO) @QueryParam("to") String to,
                                     @Parameter(description = CONTACT_POINT) @QueryParam("contactPoint") String contactPoint,
                                     @Parameter(description = "json of csv") @QueryParam("format") String format) {
        Callers.coordinator(security);
        ReportRequest ask = request();
        ReportRequest.Format as = ask.format(format);
        if (as == ReportRequest.Format.XLSX || as == ReportRequest.Format.PDF) {
            throw new BadInput("format", "api.input.unknown-value");
        }
        ReportRequest.Range range = ask.range(from, to, contactPoint);
        List<CapacityGapCase> cases = figures.cases().capacityGapCases(range.period());
        if (as == ReportRequest.Format.JSON) {
            return ReportRequest.json(cases);
        }
        ReportTexts texts = ask.texts();
        ReportSection section = new ReportSection("capacityGapCases", texts.text("reports.section.capacityGapCases"),
                List.of(), ReportSections.capacityGapCases(cases, texts), null, null, "capacity-gap/cases");
        return Downloads.attachment(ReportFiles.csv(section), ReportFiles.CSV, ask.fileName(section.title(), range, "csv", texts));
    }

    @GET
    @Path("signals")
    @Produces({MediaType.APPLICATION_JSON, CSV, ReportFiles.XLSX, ReportFiles.PDF, MediaType.WILDCARD})
    @Operation(summary = "Signalen van de periode per thema, voor het hele netwerk (coördinatoren, beheerders); een signaal"
            + " met twee thema's telt bij elk; contactPoint telt hier niet." + PERIOD)
    @APIResponse(responseCode = "200", description = "[{code, signals}], op code",
            headers = @Header(name = "Content-Disposition", description = "bij CSV, Excel en PDF: attachment;"
                    + " filename=\"rapport-….csv\"", schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ThemeCount.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = BAD_PERIOD,
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    public Response signals(@Parameter(description = FROM) @QueryParam("from") String from,
                            @Parameter(description = TO) @QueryParam("to") String to,
                            @Parameter(description = CONTACT_POINT) @QueryParam("contactPoint") String contactPoint,
                            @Parameter(description = FORMAT) @QueryParam("format") String format) {
        Callers.coordinator(security);
        ReportRequest ask = request();
        ReportRequest.Format as = ask.format(format);
        ReportRequest.Range range = ask.range(from, to, contactPoint);
        List<ThemeCount> themes = figures.signals().perTheme(range.from(), range.until());
        return ask.answer(as, themes, range, () -> ReportSections.signals(themes, ask.texts()));
    }

    @GET
    @Path("trainings")
    @Produces({MediaType.APPLICATION_JSON, CSV, ReportFiles.XLSX, ReportFiles.PDF, MediaType.WILDCARD})
    @Operation(summary = "Vormingen en infosessies waarvan de eerste dag in de periode valt, voor het hele netwerk"
            + " (coördinatoren, beheerders): sessies, geannuleerd, inschrijvingen, bevestigd, wachtlijst, doorgeschoven,"
            + " aanwezig en niet opgedaagd; contactPoint telt hier niet." + PERIOD)
    @APIResponse(responseCode = "200", description = "De tellingen",
            headers = @Header(name = "Content-Disposition", description = "bij CSV, Excel en PDF: attachment;"
                    + " filename=\"rapport-….csv\"", schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingCounts.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = BAD_PERIOD,
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    public Response trainings(@Parameter(description = FROM) @QueryParam("from") String from,
                              @Parameter(description = TO) @QueryParam("to") String to,
                              @Parameter(description = CONTACT_POINT) @QueryParam("contactPoint") String contactPoint,
                              @Parameter(description = FORMAT) @QueryParam("format") String format) {
        Callers.coordinator(security);
        ReportRequest ask = request();
        ReportRequest.Format as = ask.format(format);
        ReportRequest.Range range = ask.range(from, to, contactPoint);
        TrainingCounts counts = figures.trainings().count(range.from(), range.until());
        return ask.answer(as, counts, range, () -> ReportSections.trainings(counts, ask.texts()));
    }

    @GET
    @Path("annual")
    @Produces({ReportFiles.PDF, MediaType.WILDCARD})
    @Operation(summary = "Het jaarrapport van een kalenderjaar als PDF (coördinatoren, beheerders): de cijfers van het hele"
            + " netwerk met hun grafieken en tabellen en het capaciteitstekort met zijn definitie, met een korte tekst"
            + " (text, hoogstens 4000 tekens). In de taal van de pagina's, anders Accept-Language")
    @APIResponse(responseCode = "200", description = "De PDF, als bestand om te bewaren (jaarrapport-2026.pdf)",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"jaarrapport-2026.pdf\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = ReportFiles.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Geen jaar, geen jaar van 2000 tot dit jaar, of een te lange tekst",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    public Response annual(@Parameter(description = "het jaar, jjjj (verplicht)") @QueryParam("year") String year,
                           @Parameter(description = "de tekst van de coördinator (hoogstens 4000 tekens)")
                           @QueryParam("text") String text) {
        Callers.coordinator(security);
        ReportRequest ask = request();
        int thisYear = ReportFigures.today().getYear();
        Integer of = QueryParams.integer("year", year);
        if (of == null) {
            throw new BadInput("year", "api.input.required");
        }
        if (of < OLDEST_YEAR || of > thisYear) {
            throw new BadInput("year", "api.input.between", String.valueOf(OLDEST_YEAR), String.valueOf(thisYear));
        }
        if (text != null && text.length() > ReportFigures.LONGEST_TEXT) {
            throw new BadInput("text", "api.input.too-long", String.valueOf(ReportFigures.LONGEST_TEXT));
        }
        ReportTexts texts = ask.texts();
        ReportData data = figures.read(LocalDate.of(of, 1, 1), LocalDate.of(of, 12, 31), null);
        byte[] pdf = ReportPdf.annual(of, text, data, ReportSections.all(data, texts), texts, Instant.now());
        return Downloads.attachment(pdf, ReportFiles.PDF,
                ReportFiles.fileName(texts.text("reports.file.annual"), String.valueOf(of), null, null, "pdf"));
    }

    /** This request's reading of its parameters and writing of its answer. */
    private ReportRequest request() {
        return new ReportRequest(figures, headers, uri);
    }

    // ---- parameters

    static final String FROM = "eerste dag die meetelt, jjjj-mm-dd";
    static final String TO = "laatste dag die meetelt, jjjj-mm-dd (tot en met)";
    static final String CONTACT_POINT = "id van een contactpunt; zonder: het hele netwerk";
    static final String FORMAT = "json, csv, xlsx of pdf: in plaats van de Accept-header (voor een gewone link)";
    static final String BAD_PERIOD = "Een ongeldige datum, to voor from, een periode van meer dan 10 jaar, een onbekend"
            + " contactpunt, groupBy of format: detail noemt de parameter";

}
