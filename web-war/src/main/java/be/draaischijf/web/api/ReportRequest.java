package be.draaischijf.web.api;

import be.draaischijf.referral.api.ReportGrouping;
import be.draaischijf.referral.api.ReportPeriod;
import be.draaischijf.web.i18n.Language;
import be.draaischijf.web.reports.ReportFigures;
import be.draaischijf.web.reports.ReportFiles;
import be.draaischijf.web.reports.ReportPdf;
import be.draaischijf.web.reports.ReportSection;
import be.draaischijf.web.reports.ReportTexts;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One request to /api/reports, read and answered (split from {@link ReportsResource}, which only maps the addresses):
 * the period and contact point asked for, checked (a 400 naming the parameter); the format asked for ({@code format=}
 * or the Accept header); the language of the words (CSV, Excel and PDF); and the answer written in that format.
 */
final class ReportRequest {

    private static final MediaType CSV_TYPE = new MediaType("text", "csv");
    private static final MediaType XLSX_TYPE = new MediaType("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType PDF_TYPE = new MediaType("application", "pdf");

    /** How an answer is written. */
    enum Format { JSON, CSV, XLSX, PDF }

    /** The period and contact point asked for, checked. */
    record Range(LocalDate from, LocalDate to, UUID contactPoint, String contactPointName) {

        ReportPeriod period() {
            return ReportFigures.period(from, to, contactPoint);
        }

        LocalDate until() {
            return to.plusDays(1);
        }
    }

    /** The period and contact point asked for; a 400 naming the parameter when one is wrong. */
    Range range(String from, String to, String contactPoint) {
        LocalDate[] period = period(QueryParams.date("from", from), QueryParams.date("to", to), ReportFigures.today());
        UUID point = QueryParams.uuid("contactPoint", contactPoint);
        String name = null;
        if (point != null) {
            name = figures.contactPointName(point);
            if (name == null) {
                throw new BadInput("contactPoint", "api.input.unknown-value");
            }
        }
        return new Range(period[0], period[1], point, name);
    }

    /**
     * From and to as asked, the missing ones filled in: neither, the last twelve whole months; no {@code to}, up to
     * today (or the first day, when it lies ahead); no {@code from}, a year up to {@code to}. A {@code to} before
     * {@code from}, or a period of more than {@value ReportFigures#LONGEST_YEARS} years, is a 400 naming {@code to}.
     */
    static LocalDate[] period(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate first = from;
        LocalDate last = to;
        if (first == null && last == null) {
            LocalDate[] twelve = ReportFigures.lastTwelveMonths(today);
            first = twelve[0];
            last = twelve[1];
        } else if (last == null) {
            last = first.isAfter(today) ? first : today;
        } else if (first == null) {
            first = last.minusYears(1).plusDays(1);
        }
        if (last.isBefore(first)) {
            throw new BadInput("to", "api.input.not-before-from");
        }
        if (ReportFigures.tooLong(first, last)) {
            throw new BadInput("to", "api.input.period-too-long", String.valueOf(ReportFigures.LONGEST_YEARS));
        }
        return new LocalDate[] {first, last};
    }

    static ReportGrouping grouping(String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            throw new BadInput("groupBy", "api.input.required");
        }
        return ReportGrouping.of(groupBy.strip()).orElseThrow(() -> new BadInput("groupBy", "api.input.one-of",
                Arrays.stream(ReportGrouping.values()).map(ReportGrouping::param).collect(Collectors.joining(", "))));
    }

    /**
     * How to answer: {@code format} when given (a plain link); else the first of the caller's acceptable types that is
     * CSV, JSON, XLSX or PDF; JSON for anything (a browser's {@code *}{@code /*}).
     */
    Format format(String format) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> Format.JSON;
                case "csv" -> Format.CSV;
                case "xlsx" -> Format.XLSX;
                case "pdf" -> Format.PDF;
                default -> throw new BadInput("format", "api.input.unknown-value");
            };
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return Format.JSON;
            }
            if (!type.isWildcardSubtype() && CSV_TYPE.isCompatible(type)) {
                return Format.CSV;
            }
            if (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
                return Format.JSON;
            }
            if (!type.isWildcardSubtype() && XLSX_TYPE.isCompatible(type)) {
                return Format.XLSX;
            }
            if (!type.isWildcardSubtype() && PDF_TYPE.isCompatible(type)) {
                return Format.PDF;
            }
        }
        return Format.JSON;
    }

    /** The answer in the format asked: the module's own figures as JSON, else the section written as a file. */
    Response answer(Format as, Object json, Range range, Supplier<ReportSection> section) {
        if (as == Format.JSON) {
            return json(json);
        }
        ReportSection shown = section.get();
        ReportTexts texts = texts();
        return switch (as) {
            case CSV -> Downloads.attachment(ReportFiles.csv(shown), ReportFiles.CSV, fileName(shown.title(), range, "csv", texts));
            case XLSX -> Downloads.attachment(ReportFiles.xlsx(List.of(shown)), ReportFiles.XLSX,
                    fileName(shown.title(), range, "xlsx", texts));
            default -> Downloads.attachment(ReportPdf.report(shown.title(), range.from(), range.to(), range.contactPointName(),
                    List.of(shown), texts, Instant.now()), ReportFiles.PDF, fileName(shown.title(), range, "pdf", texts));
        };
    }

    static Response json(Object figures) {
        return Response.ok(figures, MediaType.APPLICATION_JSON_TYPE).build();
    }

    String fileName(String title, Range range, String extension, ReportTexts texts) {
        return ReportFiles.fileName(texts.text("reports.file"), title, range.from(), range.to(), extension);
    }

    /**
     * The reports' words in the language asked for ({@code language=nl|en}: the page's downloads say the page's), else
     * the one chosen on the pages (the language cookie), else the request's Accept-Language.
     */
    ReportTexts texts() {
        String asked = uri == null ? null : uri.getQueryParameters().getFirst("language");
        if (asked != null && !asked.isBlank()) {
            if (!Language.SUPPORTED.contains(asked.strip())) {
                throw new BadInput("language", "api.input.unknown-value");
            }
            return figures.texts(Locale.forLanguageTag(asked.strip()));
        }
        Cookie chosen = headers.getCookies().get(Language.COOKIE);
        Locale language = chosen != null && Language.SUPPORTED.contains(chosen.getValue())
                ? Locale.forLanguageTag(chosen.getValue()) : Problems.language(headers);
        return figures.texts(language);
    }

    private final ReportFigures figures;
    private final HttpHeaders headers;
    private final UriInfo uri;

    ReportRequest(ReportFigures figures, HttpHeaders headers, UriInfo uri) {
        this.figures = figures;
        this.headers = headers;
        this.uri = uri;
    }
}
