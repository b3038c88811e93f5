package be.draaischijf.partner.control;

import java.util.ArrayList;
import be.draaischijf.platform.refusal.FieldError;
import java.util.List;
import java.util.Map;

/**
 * A CSV file as RFC 4180 describes it (quoted fields, doubled quotes, line breaks inside quotes),
 * separated by semicolons (what Excel writes with Belgian settings) or commas, as the header line
 * shows. A byte-order mark is ignored; {@code line} is the file's line number where a record starts.
 */
public record CsvTable(List<String> header, List<Row> rows) {

    public record Row(int line, List<String> cells) {
    }

    /** Thrown for a file that is no CSV we can read (unclosed quote). */
    public static class Unreadable extends RuntimeException {

        private final transient FieldError why;

        public Unreadable(String key, Map<String, java.io.Serializable> values) {
            super(key);
            this.why = new FieldError("", key, values);
        }

        /** What is wrong with the file, as a file error (no field). */
        public FieldError why() {
            return why;
        }
    }

    public static CsvTable parse(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        int endOfHeader = text.indexOf('\n');
        String headerLine = endOfHeader < 0 ? text : text.substring(0, endOfHeader);
        char separator = count(headerLine, ';') >= count(headerLine, ',') && headerLine.indexOf(';') >= 0 ? ';' : ',';
        List<Row> records = records(text, separator);
        if (records.isEmpty()) {
            return new CsvTable(List.of(), List.of());
        }
        List<String> header = records.get(0).cells().stream().map(cell -> cell.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        List<Row> rows = records.subList(1, records.size()).stream()
                .filter(row -> row.cells().stream().anyMatch(cell -> !cell.isBlank()))
                .toList();
        return new CsvTable(header, rows);
    }

    private static List<Row> records(String text, char separator) {
        List<Row> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                records.add(new Row(recordLine, List.copyOf(cells)));
                cells.clear();
                line++;
                recordLine = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new Unreadable("partner.import.csv.unclosed-quote", Map.of("line", recordLine));
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            records.add(new Row(recordLine, List.copyOf(cells)));
        }
        return records;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
