package be.draaischijf.web.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report's sections as files, as the participants' export writes them (ParticipantExport): CSV for Excel in Belgium
 * (UTF-8 with a byte order mark, {@code ;} between fields, CRLF, the figures as the report's language writes them) and
 * XLSX (Apache POI: a sheet per table, a bold header row, figures as numbers). Headers and values in words. One
 * section's CSV is its table, then (after an empty line) the lines behind it when it has them (the capacity gap's cases,
 * so that the figure can be counted again); the whole report's CSV gives each table under its title. A text that starts
 * like a formula gets an apostrophe in front (CSV injection).
 */
public final class ReportFiles {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private ReportFiles() {
    }

    /** One section: its table, and the lines behind it after an empty line. */
    public static byte[] csv(ReportSection section) {
        List<List<String>> lines = new ArrayList<>(table(section.table()));
        if (section.details() != null) {
            lines.add(List.of());
            lines.addAll(table(section.details()));
        }
        return csvBytes(lines);
    }

    /** The whole report: each table under its title, an empty line between them. */
    public static byte[] csv(List<ReportSection> sections) {
        List<List<String>> lines = new ArrayList<>();
        for (ReportSection section : sections) {
            for (ReportTable table : tables(section)) {
                if (!lines.isEmpty()) {
                    lines.add(List.of());
                }
                lines.add(List.of(table.caption()));
                lines.addAll(table(table));
            }
        }
        return csvBytes(lines);
    }

    /** A workbook with a sheet per table of these sections (the capacity gap's cases on a sheet of their own). */
    public static byte[] xlsx(List<ReportSection> sections) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            Set<String> names = new HashSet<>();
            for (ReportSection section : sections) {
                for (ReportTable table : tables(section)) {
                    Sheet sheet = workbook.createSheet(uniqueSheetName(table.caption(), names));
                    write(sheet, table, header, decimal);
                }
            }
            if (workbook.getNumberOfSheets() == 0) {
                workbook.createSheet("Rapport");
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Sheet sheet, ReportTable table, CellStyle header, CellStyle decimal) {
        Row first = sheet.createRow(0);
        for (int c = 0; c < table.columns().size(); c++) {
            Cell cell = first.createCell(c);
            cell.setCellValue(table.columns().get(c).title());
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, (c == 0 ? 34 : 18) * 256);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (List<ReportTable.Cell> row : table.rows()) {
            Row line = sheet.createRow(r++);
            for (int c = 0; c < row.size(); c++) {
                ReportTable.Cell value = row.get(c);
                Cell cell = line.createCell(c);
                if (table.columns().get(c).numeric() && value.number() != null) {
                    cell.setCellValue(value.number());
                    if (value.number() != Math.rint(value.number())) {
                        cell.setCellStyle(decimal);
                    }
                } else if (!(table.columns().get(c).numeric() && value.number() == null)) {
                    cell.setCellValue(value.text());
                }
            }
        }
    }

    /** The section's tables: its own, and the lines behind it when it has them. */
    private static List<ReportTable> tables(ReportSection section) {
        return section.details() == null ? List.of(section.table()) : List.of(section.table(), section.details());
    }

    /** A header line and a line per row; a figure that does not exist is an empty field. */
    private static List<List<String>> table(ReportTable table) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(table.titles());
        for (List<ReportTable.Cell> row : table.rows()) {
            List<String> line = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                ReportTable.Cell cell = row.get(c);
                line.add(table.columns().get(c).numeric() && cell.number() == null ? "" : cell.text());
            }
            lines.add(line);
        }
        return lines;
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

    /** A text for a CSV field: one that starts like a formula gets an apostrophe in front. */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    /**
     * A sheet name Excel takes (at most 31 characters, none of {@code \ / ? * [ ] :}, not starting or ending with an
     * apostrophe), unlike the names already used in the workbook (Excel ignores case).
     */
    static String uniqueSheetName(String name, Set<String> used) {
        String cleaned = (name == null ? "" : name).replaceAll("[\\\\/?*\\[\\]:\\p{Cntrl}]", " ").strip()
                .replaceAll("^['\\s]+|['\\s]+$", "");
        if (cleaned.isEmpty()) {
            cleaned = "Rapport";
        }
        String candidate = shorten(cleaned, 31);
        for (int n = 2; used.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " " + n;
            candidate = shorten(cleaned, 31 - suffix.length()) + suffix;
        }
        used.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }

    private static String shorten(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        String cut = text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
        return cut.replaceAll("['\\s]+$", "");
    }

    /**
     * "Aanmeldingen per maand", 1 January to 31 December 2026 →
     * {@code rapport-aanmeldingen-per-maand-2026-01-01-2026-12-31.csv}: plain letters, no person's name.
     */
    public static String fileName(String prefix, String title, LocalDate from, LocalDate to, String extension) {
        String plain = slug(title);
        if (plain.length() > 60) {
            plain = plain.substring(0, 60).replaceAll("-+$", "");
        }
        StringBuilder name = new StringBuilder(slug(prefix));
        if (!plain.isEmpty()) {
            name.append('-').append(plain);
        }
        if (from != null) {
            name.append('-').append(from);
        }
        if (to != null) {
            name.append('-').append(to);
        }
        return name.append('.').append(extension).toString();
    }

    static String slug(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
