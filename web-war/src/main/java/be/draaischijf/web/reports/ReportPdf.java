package be.draaischijf.web.reports;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report as a PDF (OpenPDF), in the style of the data subject's export (SubjectExportPdf): a title, the lines that say
 * what it covers, an optional text (the coordinator's words in an annual report, paragraphs split at empty lines), then
 * per section a heading, its notes, a chart drawn with OpenPDF's own graphics (horizontal bars, each with its value
 * written beside it: no browser renders anything) and its table. Standard Helvetica, not embedded: it covers
 * Windows-1252; a character beyond it prints as "?". Page numbers at the foot of every page.
 */
public final class ReportPdf {

    private static final Color INK = new Color(0x0b, 0x0c, 0x0c);
    private static final Color MUTED = new Color(0x50, 0x5a, 0x5f);
    private static final Color LABEL_FILL = new Color(0xf3, 0xf2, 0xf1);
    private static final Color RULE = new Color(0xb1, 0xb4, 0xb6);
    private static final List<Color> BARS = ReportChart.PALETTE.stream().map(Color::decode).toList();

    private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD, INK);
    private static final Font HEADING = new Font(Font.HELVETICA, 14, Font.BOLD, INK);
    private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL, INK);
    private static final Font LABEL = new Font(Font.HELVETICA, 9, Font.BOLD, INK);
    private static final Font CELL = new Font(Font.HELVETICA, 9, Font.NORMAL, INK);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, MUTED);

    private static final float CHART_FONT = 8;
    private static final float BAR = 9;

    private ReportPdf() {
    }

    /**
     * The annual report of a year (the whole network): "Jaarrapport 2026", the network, the period and when it was made,
     * the coordinator's text, then every section.
     */
    public static byte[] annual(int year, String text, ReportData data, List<ReportSection> sections, ReportTexts texts,
                                Instant madeAt) {
        List<String> about = List.of(texts.text("reports.annual.subtitle"),
                texts.text("reports.pdf.period", texts.period(data.from(), data.to())),
                texts.text("reports.pdf.made", texts.date(madeAt.atZone(ReportFigures.BRUSSELS).toLocalDate())));
        return write(texts.text("reports.annual.pdfTitle", String.valueOf(year)), about, text, sections, texts);
    }

    /** A report of a period (one section or all): its title, the period, the contact point and when it was made. */
    public static byte[] report(String title, LocalDate from, LocalDate to, String contactPointName,
                                List<ReportSection> sections, ReportTexts texts, Instant madeAt) {
        List<String> about = List.of(texts.text("reports.pdf.period", texts.period(from, to)),
                texts.text("reports.pdf.contactPoint", contactPointName == null ? texts.text("reports.contactPoint.all")
                        : contactPointName),
                texts.text("reports.pdf.made", texts.date(madeAt.atZone(ReportFigures.BRUSSELS).toLocalDate())));
        return write(title, about, null, sections, texts);
    }

    /**
     * The report as PDF bytes.
     *
     * @param title    the first line ("Jaarrapport 2026", "Aanmeldingen per maand")
     * @param about    lines under the title: the period, the contact point, when it was made
     * @param text     the coordinator's text, or null
     * @param sections the sections, in order
     */
    public static byte[] write(String title, List<String> about, String text, List<ReportSection> sections, ReportTexts texts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(texts.code()));
        writer.setPageEvent(new PageNumbers(texts));
        document.addTitle(printable(title));
        document.addCreator("Draaischijf");
        document.addCreationDate();
        document.open();

        Paragraph heading = new Paragraph(printable(title), TITLE);
        heading.setSpacingAfter(6);
        document.add(heading);
        for (String line : about) {
            document.add(new Paragraph(printable(line), BODY));
        }
        if (text != null && !text.isBlank()) {
            for (String paragraph : text.strip().split("\\R\\s*\\R")) {
                Paragraph written = new Paragraph(printable(paragraph.strip()), BODY);
                written.setSpacingBefore(8);
                document.add(written);
            }
        }
        float width = document.right() - document.left();
        float height = document.top() - document.bottom();
        for (ReportSection section : sections) {
            Paragraph sectionHeading = new Paragraph(printable(section.title()), HEADING);
            sectionHeading.setSpacingBefore(18);
            sectionHeading.setSpacingAfter(4);
            sectionHeading.setKeepTogether(true);
            document.add(sectionHeading);
            for (String note : section.notes()) {
                Paragraph said = new Paragraph(printable(note), SMALL);
                said.setSpacingAfter(4);
                document.add(said);
            }
            if (!section.hasFigures()) {
                document.add(new Paragraph(printable(texts.text("reports.empty")), BODY));
                continue;
            }
            if (section.chart() != null) {
                Image chart = chart(writer, section.chart(), width);
                if (chart.getScaledHeight() > height - 60) {
                    chart.scaleToFit(width, height - 60);
                }
                chart.setSpacingBefore(6);
                chart.setSpacingAfter(6);
                document.add(chart);
            }
            document.add(table(section.table()));
        }
        document.close();
        return out.toByteArray();
    }

    /** The chart as bars: a row per label, a bar per series with its value beside it, a legend when there are more. */
    static Image chart(PdfWriter writer, ReportChart chart, float width) {
        BaseFont font = helvetica();
        int series = chart.series().size();
        float row = series * (BAR + 2) + 6;
        float legend = series > 1 ? 16 : 0;
        float height = legend + chart.labels().size() * row + 4;
        PdfTemplate canvas = writer.getDirectContent().createTemplate(width, height);
        float labelWidth = width * 0.36f;
        float valueRoom = 44;
        float longest = width - labelWidth - valueRoom - 6;
        double max = chart.max();

        if (series > 1) {
            float x = labelWidth;
            for (int s = 0; s < series; s++) {
                canvas.setColorFill(BARS.get(s % BARS.size()));
                canvas.rectangle(x, height - 10, 8, 8);
                canvas.fill();
                String name = printable(chart.series().get(s).label());
                text(canvas, font, Element.ALIGN_LEFT, name, x + 11, height - 9);
                x += 11 + font.getWidthPoint(name, CHART_FONT) + 14;
            }
        }
        for (int i = 0; i < chart.labels().size(); i++) {
            float top = height - legend - i * row;
            String label = fit(printable(chart.labels().get(i)), font, labelWidth - 8);
            text(canvas, font, Element.ALIGN_RIGHT, label, labelWidth - 6, top - row / 2 - 3);
            for (int s = 0; s < series; s++) {
                Double value = chart.series().get(s).values().get(i);
                float y = top - 3 - (s + 1) * (BAR + 2) + 2;
                float length = value == null ? 0 : (float) (Math.max(0, value) / max * longest);
                if (length > 0) {
                    canvas.setColorFill(BARS.get(s % BARS.size()));
                    canvas.rectangle(labelWidth, y, Math.max(length, 0.8f), BAR);
                    canvas.fill();
                }
                String shown = value == null ? "" : number(value);
                text(canvas, font, Element.ALIGN_LEFT, shown, labelWidth + length + 3, y + 1.5f);
            }
        }
        canvas.setColorStroke(RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(labelWidth, 2);
        canvas.lineTo(labelWidth, height - legend);
        canvas.stroke();
        Image image = Image.getInstance(canvas);
        image.setAlignment(Image.MIDDLE);
        return image;
    }

    private static void text(PdfTemplate canvas, BaseFont font, int alignment, String text, float x, float y) {
        canvas.beginText();
        canvas.setColorFill(INK);
        canvas.setFontAndSize(font, CHART_FONT);
        canvas.showTextAligned(alignment, text, x, y, 0);
        canvas.endText();
    }

    /** A value beside its bar: a whole number as such, else one decimal (the table says it in the report's language). */
    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value)
                : String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    /** A label cut to fit its room, with "…" when it was cut. */
    private static String fit(String label, BaseFont font, float room) {
        if (font.getWidthPoint(label, CHART_FONT) <= room) {
            return label;
        }
        String cut = label;
        while (cut.length() > 1 && font.getWidthPoint(cut + "…", CHART_FONT) > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    private static PdfPTable table(ReportTable table) {
        int columns = table.columns().size();
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = c == 0 ? 3 : table.columns().get(c).numeric() ? 1.4f : 2;
        }
        PdfPTable pdf = new PdfPTable(widths);
        pdf.setSpacingBefore(8);
        pdf.setWidthPercentage(100);
        pdf.setSplitLate(false);
        pdf.setHeaderRows(1);
        for (ReportTable.Column column : table.columns()) {
            PdfPCell header = cell(column.title(), LABEL, column.numeric());
            header.setBackgroundColor(LABEL_FILL);
            pdf.addCell(header);
        }
        for (List<ReportTable.Cell> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                pdf.addCell(cell(row.get(c).text(), c == 0 ? LABEL : CELL, table.columns().get(c).numeric()));
            }
        }
        return pdf;
    }

    private static PdfPCell cell(String text, Font font, boolean numeric) {
        PdfPCell cell = new PdfPCell(new Phrase(printable(text), font));
        cell.setPadding(4);
        cell.setUseAscender(true);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        if (numeric) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }

    private static BaseFont helvetica() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as Helvetica can print it: a character outside Windows-1252 becomes "?". */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        CharsetEncoder encoder = Charset.forName("windows-1252").newEncoder();
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(point -> {
            String character = new String(Character.toChars(point));
            printable.append(point == '\n' || point == '\t' || encoder.canEncode(character) ? character : "?");
        });
        return printable.toString();
    }

    /** "Pagina 2" at the foot of every page. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final ReportTexts texts;

        PageNumbers(ReportTexts texts) {
            this.texts = texts;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(printable(texts.text("reports.pdf.page", writer.getPageNumber())), SMALL),
                    (page.getLeft() + page.getRight()) / 2, document.bottom() - 24, 0);
        }
    }
}
