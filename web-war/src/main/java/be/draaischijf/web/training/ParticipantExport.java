package be.draaischijf.web.training;

import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.web.layout.ReferenceChoices;
import be.draaischijf.training.api.ParticipantRow;
import be.draaischijf.training.api.SubscriberRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The organiser's participant list and the newsletter subscribers as files: CSV for Excel in Belgium (UTF-8
 * with a byte order mark, {@code ;} between fields, dates {@code dd/MM/yyyy HH:mm} in Brussels time) and
 * XLSX (Apache POI; dates as real date cells). Column titles and values in the bundle's language. A CSV text
 * that starts like a formula gets an apostrophe in front (CSV injection); XLSX cells are plain text anyway.
 */
public final class ParticipantExport {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(BRUSSELS);
    private static final List<String> COLUMNS = List.of("firstName", "lastName", "email", "organisation", "sector",
            "function", "remarks", "status", "position", "registeredAt", "confirmedAt", "cancelledAt", "attendance",
            "noShow");

    private final ResourceBundle bundle;
    private final List<ReferenceItem> sectors;

    /** In the bundle's language, naming sectors by the labels of this list (a code not on it shows as itself). */
    public ParticipantExport(ResourceBundle bundle, List<ReferenceItem> sectors) {
        this.bundle = bundle;
        this.sectors = sectors;
    }

    /** For callers without a person's language (REST): Dutch. */
    public static ParticipantExport dutch(List<ReferenceItem> sectors) {
        return new ParticipantExport(ResourceBundle.getBundle("be.draaischijf.web.i18n.messages", Locale.forLanguageTag("nl")),
                sectors);
    }

    public byte[] csv(List<ParticipantRow> rows) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(COLUMNS.stream().map(c -> text("export." + c)).toList());
        for (ParticipantRow row : rows) {
            lines.add(List.of(nz(row.firstName()), nz(row.lastName()), nz(row.email()), nz(row.organisation()),
                    sector(row.sector()), nz(row.function()), nz(row.remarks()),
                    text("registrationStatus." + row.status()), row.position() == null ? "" : row.position().toString(),
                    date(row.registeredAt()), date(row.confirmedAt()), date(row.cancelledAt()),
                    row.attendance() == null ? "" : text("attendance." + row.attendance()),
                    row.noShow() ? text("export.yes") : ""));
        }
        return csvBytes(lines);
    }

    public byte[] subscribersCsv(List<SubscriberRow> rows) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(text("export.email"), text("export.consentAt"), text("export.confirmedAt")));
        rows.forEach(row -> lines.add(List.of(row.email(), date(row.consentAt()), date(row.confirmedAt()))));
        return csvBytes(lines);
    }

    public byte[] xlsx(List<ParticipantRow> rows, String sheetName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(safeSheetName(sheetName));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            Row first = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = first.createCell(c);
                cell.setCellValue(text("export." + COLUMNS.get(c)));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, (c == 2 || c == 3 || c == 6 ? 30 : 16) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (ParticipantRow row : rows) {
                Row line = sheet.createRow(r++);
                int c = 0;
                line.createCell(c++).setCellValue(nz(row.firstName()));
                line.createCell(c++).setCellValue(nz(row.lastName()));
                line.createCell(c++).setCellValue(nz(row.email()));
                line.createCell(c++).setCellValue(nz(row.organisation()));
                line.createCell(c++).setCellValue(sector(row.sector()));
                line.createCell(c++).setCellValue(nz(row.function()));
                line.createCell(c++).setCellValue(nz(row.remarks()));
                line.createCell(c++).setCellValue(text("registrationStatus." + row.status()));
                Cell position = line.createCell(c++);
                if (row.position() != null) {
                    position.setCellValue(row.position());
                }
                for (Instant instant : new Instant[] {row.registeredAt(), row.confirmedAt(), row.cancelledAt()}) {
                    Cell cell = line.createCell(c++);
                    if (instant != null) {
                        cell.setCellValue(LocalDateTime.ofInstant(instant, BRUSSELS));
                        cell.setCellStyle(dates);
                    }
                }
                line.createCell(c++).setCellValue(row.attendance() == null ? "" : text("attendance." + row.attendance()));
                line.createCell(c).setCellValue(row.noShow() ? text("export.yes") : "");
            }
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, COLUMNS.size() - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Vorming: signalen van schooluitval" → {@code deelnemers-vorming-signalen-van-schooluitval.csv}. */
    public static String fileName(String prefix, String title, String extension) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (plain.length() > 60) {
            plain = plain.substring(0, 60).replaceAll("-+$", "");
        }
        return prefix + (plain.isEmpty() ? "" : "-" + plain) + "." + extension;
    }

    /** A text for a CSV cell: one that starts like a formula gets an apostrophe in front. */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private static byte[] csvBytes(List<List<String>> lines) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                if (i > 0) {
                    out.append(';');
                }
                String value = cell(line.get(i));
                if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                    value = "\"" + value.replace("\"", "\"\"") + "\"";
                }
                out.append(value);
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A sheet name Excel takes: at most 31 characters, none of {@code \ / ? * [ ] :} or control characters, not
     * starting or ending with an apostrophe (POI refuses those, which made the download fail), never empty.
     */
    static String safeSheetName(String name) {
        String cleaned = (name == null ? "" : name).replaceAll("[\\\\/?*\\[\\]:\\p{Cntrl}]", " ").strip();
        if (cleaned.length() > 31) {
            cleaned = cleaned.substring(0, Character.isHighSurrogate(cleaned.charAt(30)) ? 30 : 31);
        }
        cleaned = cleaned.replaceAll("^['\\s]+|['\\s]+$", "");
        return cleaned.isEmpty() ? "Deelnemers" : cleaned;
    }

    private String sector(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return ReferenceChoices.label(code, sectors, bundle.getLocale().getLanguage());
    }

    private String text(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    private static String date(Instant instant) {
        return instant == null ? "" : CSV_DATE.format(instant);
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
