package be.draaischijf.web.reports;

import java.io.Serializable;
import java.util.List;

/**
 * One part of a report: its heading, what a reader must know to read it ({@code notes}, such as the capacity gap's
 * definition), its table, the chart of that table (null when there is nothing to draw), the lines behind the figure that
 * only the downloads carry ({@code details}, the capacity gap's cases; null for most), and where the REST API answers it
 * ({@code apiPath} under {@code /api/reports/}, such as {@code referrals?groupBy=month}).
 */
public record ReportSection(
        String key,
        String title,
        List<String> notes,
        ReportTable table,
        ReportChart chart,
        ReportTable details,
        String apiPath) implements Serializable {

    public ReportSection {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** Whether there is anything to show: a table with rows. */
    public boolean hasFigures() {
        return table != null && !table.isEmpty();
    }

    /** The id of its table on the page, which the chart names as its text alternative. */
    public String tableId() {
        return "tabel-" + key;
    }
}
