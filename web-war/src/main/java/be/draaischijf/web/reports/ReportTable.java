package be.draaischijf.web.reports;

import java.io.Serializable;
import java.util.List;

/**
 * One table of a report, as the page shows it and the downloads write it: a caption, its columns (a numeric one is
 * right-aligned on the page and a number in a spreadsheet) and its rows, the first cell of each row naming the row.
 * Each cell carries what a person reads ({@code text}, in the report's language) and, for a figure, its value
 * ({@code number}; null for text and for a figure that does not exist, which reads as "geen").
 */
public record ReportTable(String key, String caption, List<Column> columns, List<List<Cell>> rows) implements Serializable {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A column: its title, and whether it holds figures. */
    public record Column(String title, boolean numeric) implements Serializable {

        public static Column text(String title) {
            return new Column(title, false);
        }

        public static Column figure(String title) {
            return new Column(title, true);
        }
    }

    /** A cell: what it says, and its value when it is a figure. */
    public record Cell(String text, Double number) implements Serializable {

        public static Cell text(String text) {
            return new Cell(text == null ? "" : text, null);
        }

        public static Cell count(long count, ReportTexts texts) {
            return new Cell(texts.count(count), (double) count);
        }

        /** Days or weeks with a decimal; a figure that does not exist reads as "geen" and has no value. */
        public static Cell decimal(Double value, ReportTexts texts) {
            return new Cell(texts.decimal(value), value == null || value.isNaN() ? null : value);
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The column titles, in order. */
    public List<String> titles() {
        return columns.stream().map(Column::title).toList();
    }
}
