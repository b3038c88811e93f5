package be.draaischijf.web.privacy;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * The export as a PDF a data subject can read (OpenPDF): a title ("Gegevens over Jan Peeters"), the birth date asked
 * for and the moment it was made, what the document is, then per module a heading and per record a subheading with a
 * table of label and value. Standard Helvetica, not embedded: it covers Windows-1252 (ë, é, „…”); a character beyond it
 * is printed as "?" (the JSON export carries every value exactly). Page numbers at the foot of every page.
 */
public final class SubjectExportPdf {

    private static final Color INK = new Color(0x0b, 0x0c, 0x0c);
    private static final Color MUTED = new Color(0x50, 0x5a, 0x5f);
    private static final Color LABEL_FILL = new Color(0xf3, 0xf2, 0xf1);
    private static final Color RULE = new Color(0xb1, 0xb4, 0xb6);

    private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD, INK);
    private static final Font HEADING = new Font(Font.HELVETICA, 14, Font.BOLD, INK);
    private static final Font SUBHEADING = new Font(Font.HELVETICA, 11, Font.BOLD, INK);
    private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL, INK);
    private static final Font LABEL = new Font(Font.HELVETICA, 10, Font.BOLD, INK);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, MUTED);

    private SubjectExportPdf() {
    }

    /** The export, in the language its texts were made in, as PDF bytes. */
    public static byte[] write(SubjectExport export, SubjectTexts texts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(export.language()));
        writer.setPageEvent(new PageNumbers(texts));
        document.addTitle(printable(export.title()));
        document.addCreator("Draaischijf");
        document.addCreationDate();
        document.open();

        Paragraph title = new Paragraph(printable(export.title()), TITLE);
        title.setSpacingAfter(6);
        document.add(title);
        if (export.birthDateText() != null) {
            document.add(new Paragraph(printable(texts.text("subject.export.born", export.birthDateText())), BODY));
        }
        document.add(new Paragraph(printable(texts.text("subject.export.made", export.madeAtText())), BODY));
        Paragraph about = new Paragraph(printable(texts.text("subject.export.about")), SMALL);
        about.setSpacingBefore(8);
        document.add(about);

        for (SubjectExport.Section section : export.modules()) {
            Paragraph heading = new Paragraph(printable(section.label()), HEADING);
            heading.setSpacingBefore(18);
            heading.setSpacingAfter(4);
            document.add(heading);
            if (section.records().isEmpty()) {
                document.add(new Paragraph(printable(texts.text("subject.export.none")), BODY));
                continue;
            }
            for (SubjectExport.Entry entry : section.records()) {
                document.add(subheading(entry, texts));
                if (!entry.fields().isEmpty()) {
                    document.add(table(entry));
                }
            }
        }
        document.close();
        return out.toByteArray();
    }

    private static Paragraph subheading(SubjectExport.Entry entry, SubjectTexts texts) {
        String name = entry.reference() == null || entry.reference().isBlank() ? entry.kindLabel()
                : entry.kindLabel() + " " + entry.reference();
        String text = entry.createdAtText() == null ? name : texts.text("subject.export.record", name, entry.createdAtText());
        Paragraph subheading = new Paragraph(printable(text), SUBHEADING);
        subheading.setSpacingBefore(10);
        subheading.setSpacingAfter(4);
        subheading.setKeepTogether(true);
        return subheading;
    }

    private static PdfPTable table(SubjectExport.Entry entry) {
        PdfPTable table = new PdfPTable(new float[] {35, 65});
        // a table takes no notice of the paragraph before it: its own space keeps the heading clear of its first row
        table.setSpacingBefore(8);
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        for (SubjectExport.Value value : entry.fields()) {
            PdfPCell label = cell(value.label(), LABEL);
            label.setBackgroundColor(LABEL_FILL);
            table.addCell(label);
            table.addCell(cell(value.value(), BODY));
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(printable(text), font));
        cell.setPadding(5);
        cell.setUseAscender(true);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        return cell;
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

        private final SubjectTexts texts;

        PageNumbers(SubjectTexts texts) {
            this.texts = texts;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(printable(texts.text("subject.export.page", writer.getPageNumber())), SMALL),
                    (page.getLeft() + page.getRight()) / 2, document.bottom() - 24, 0);
        }
    }
}
