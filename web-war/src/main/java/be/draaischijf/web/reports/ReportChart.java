package be.draaischijf.web.reports;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The chart of a report's table: its labels (the table's rows) and one or more series of values. On the page it is a
 * PrimeFaces chart (Chart.js, served by the application itself: {@link #json}); in a PDF it is drawn as bars
 * ({@link ReportPdf}). Bars run horizontally, so that long labels (a partner's name, a problem area) stay readable; a
 * line is for months. No animation: a chart is shown as it is.
 */
public record ReportChart(Kind kind, List<String> labels, List<Series> series) implements Serializable {

    /** Bars (horizontal) or a line (over months). */
    public enum Kind { BAR, LINE }

    /** One series: its name (the legend, when there is more than one) and a value per label (null: none). */
    public record Series(String label, List<Double> values) implements Serializable {

        public Series {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** Dark blue and dark orange: both at least 4.5:1 on white, and unlike in lightness as well as in hue. */
    static final List<String> PALETTE = List.of("#0b4f7c", "#a84300", "#3d6b21");

    public ReportChart {
        labels = List.copyOf(labels);
        series = List.copyOf(series);
    }

    /** A chart of a table: its first column as the labels, the given columns as series named by their titles. */
    public static ReportChart of(Kind kind, ReportTable table, int... valueColumns) {
        List<String> labels = table.rows().stream().map(row -> row.get(0).text()).toList();
        List<Series> series = new ArrayList<>();
        for (int column : valueColumns) {
            series.add(new Series(table.columns().get(column).title(),
                    table.rows().stream().map(row -> row.get(column).number()).toList()));
        }
        return new ReportChart(kind, labels, series);
    }

    /** The largest value drawn (at least 1, so that a chart of zeros still has a scale). */
    public double max() {
        double largest = series.stream().flatMap(s -> s.values().stream()).filter(v -> v != null && !v.isNaN())
                .mapToDouble(Double::doubleValue).max().orElse(0);
        return largest > 0 ? largest : 1;
    }

    /** How high the chart is on the page, in pixels: bars take room per label, a line a fixed height. */
    public int height() {
        if (kind == Kind.LINE) {
            return 300;
        }
        int perLabel = Math.max(24, 14 * series.size() + 10);
        return Math.max(140, 56 + labels.size() * perLabel);
    }

    /**
     * The Chart.js configuration, as PrimeFaces' {@code p:chart} takes it (its {@code value}): JSON in which no
     * {@code <} appears, so that a label cannot end the script it is written into.
     */
    public String json(String locale) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            datasets.add(dataset(series.get(i), PALETTE.get(i % PALETTE.size())));
        }
        String valueAxis = kind == Kind.BAR ? "x" : "y";
        String labelAxis = kind == Kind.BAR ? "y" : "x";
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add(valueAxis, Json.createObjectBuilder().add("beginAtZero", true)
                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))
                .add(labelAxis, Json.createObjectBuilder()
                        .add("ticks", Json.createObjectBuilder().add("autoSkip", kind == Kind.LINE)));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("animation", false)
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("locale", locale)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", series.size() > 1)))
                .add("scales", scales);
        if (kind == Kind.BAR) {
            options.add("indexAxis", "y");
        }
        String json = Json.createObjectBuilder()
                .add("type", kind == Kind.LINE ? "line" : "bar")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", options)
                .build().toString();
        return json.replace("<", "\\u003c");
    }

    private JsonObjectBuilder dataset(Series one, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Double value : one.values()) {
            if (value == null || value.isNaN()) {
                data.addNull();
            } else {
                data.add(value);
            }
        }
        JsonObjectBuilder dataset = Json.createObjectBuilder()
                .add("label", one.label())
                .add("data", data)
                .add("backgroundColor", colour)
                .add("borderColor", colour);
        if (kind == Kind.LINE) {
            dataset.add("fill", false).add("tension", 0).add("pointRadius", 3).add("borderWidth", 2);
        } else {
            dataset.add("borderWidth", 0).add("maxBarThickness", 28);
        }
        return dataset;
    }
}
