package be.draaischijf.web.reports;

import static be.draaischijf.web.reports.ReportSectionsTest.DUTCH;
import static be.draaischijf.web.reports.ReportSectionsTest.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.referral.api.AgeBand;
import be.draaischijf.referral.api.CapacityGapCase;
import be.draaischijf.referral.api.CapacityGapRow;
import be.draaischijf.referral.api.GroupCount;
import be.draaischijf.referral.api.LeadTime;
import be.draaischijf.referral.api.LeadTimeStage;
import be.draaischijf.referral.api.PartnerReferralCounts;
import be.draaischijf.referral.api.ReportGrouping;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The reports' downloads open as they should: CSV for Excel in Belgium with the capacity gap's cases under its table,
 * XLSX with figures as numbers and a sheet per table, a PDF whose text says the title, the coordinator's words and the
 * tables; names of files without a person's name; no text that runs as a formula.
 */
class ReportFilesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private static ReportSection gap(ReportTexts texts) {
        return ReportSections.capacityGap(
                List.of(new CapacityGapRow("HOUSING", AgeBand.FROM_12_TO_15, "KIEL", 2, 7.5, List.of("Time-out; De Passage"))),
                List.of(new CapacityGapCase("DS-2026-0001", "HOUSING", AgeBand.FROM_12_TO_15, "KIEL", "NO_FITTING_OFFER", null),
                        new CapacityGapCase("DS-2026-0002", "HOUSING", AgeBand.FROM_12_TO_15, "KIEL", "WAITED", 9.0)),
                Period.ofWeeks(6), texts);
    }

    @Test
    void aSectionsCsvIsUtf8WithAByteOrderMarkSemicolonsAndTheCasesBehindTheCapacityGap() {
        byte[] csv = ReportFiles.csv(gap(DUTCH));

        assertThat(Arrays.copyOf(csv, 3)).as("UTF-8 byte order mark, so Excel reads the accents")
                .containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = lines(csv);
        assertThat(lines).containsExactly(
                "Probleemgebied;Leeftijdsgroep;Wijk;Extra plaatsen nodig;Wachttijd (mediaan, weken);Aanbod dat vol zat",
                "Wonen;12 tot 15 jaar;Kiel;2;7,5;\"Time-out; De Passage\"",
                "",
                "Dossier;Probleemgebied;Leeftijdsgroep;Wijk;Waarom;Wachttijd (weken)",
                "DS-2026-0001;Wonen;12 tot 15 jaar;Kiel;Geen passend aanbod;",
                "DS-2026-0002;Wonen;12 tot 15 jaar;Kiel;Langer gewacht dan aanvaardbaar;9");
    }

    @Test
    void theWholeReportsCsvGivesEachTableUnderItsTitleAndNeutralisesFormulas() {
        ReportSection partners = ReportSections.offerReferrals(List.of(new PartnerReferralCounts(UUID.randomUUID(),
                "=HYPERLINK(\"http://evil.example\")", 3, 1, 2, Map.of("NO_CAPACITY", 2L), 1, 0, 2.0)), ENGLISH);
        ReportSection months = ReportSections.referrals(ReportGrouping.MONTH, List.of(new GroupCount("2026-02", 3)),
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), ENGLISH);

        List<String> lines = lines(ReportFiles.csv(List.of(months, partners)));
        assertThat(lines).containsExactly("Referrals per month", "Month;Referrals", "February 2026;3", "",
                "Referrals to offers per partner",
                "Partner;Proposed;Accepted;Declined;Why declined;Started;Completed;Reply time (median, days)",
                "\"'=HYPERLINK(\"\"http://evil.example\"\")\";3;1;2;No place (2);1;0;2");
    }

    @Test
    void theWorkbookHasASheetPerTableWithFiguresAsNumbers() throws IOException {
        ReportSection times = ReportSections.leadTimes(List.of(new LeadTime(LeadTimeStage.REFERRAL, 8, 3.5, null)), DUTCH);
        byte[] xlsx = ReportFiles.xlsx(List.of(times, gap(DUTCH)));

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("Doorlooptijden");
            assertThat(workbook.getSheetName(2)).as("at most 31 characters").isEqualTo("Dossiers achter het capaciteits");
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Mediaan (dagen)");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Tot de eerste doorverwijzing naar aanbod");
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3.5);
            assertThat(sheet.getRow(1).getCell(3).getCellType()).as("no 90th percentile: an empty cell").isEqualTo(CellType.BLANK);
            Sheet cases = workbook.getSheetAt(2);
            assertThat(cases.getRow(2).getCell(0).getStringCellValue()).isEqualTo("DS-2026-0002");
            assertThat(cases.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(9.0);
        }
    }

    @Test
    void sheetNamesStayShortUniqueAndFreeOfWhatExcelRefuses() {
        Set<String> used = new HashSet<>();
        assertThat(ReportFiles.uniqueSheetName("Aanmeldingen per maand: [2026]", used)).isEqualTo("Aanmeldingen per maand   2026");
        assertThat(ReportFiles.uniqueSheetName("Aanmeldingen per maand   2026", used)).isEqualTo("Aanmeldingen per maand   2026 2");
        assertThat(ReportFiles.uniqueSheetName("'", used)).isEqualTo("Rapport");
    }

    @Test
    void fileNamesSayWhatAndWhenInPlainLetters() {
        assertThat(ReportFiles.fileName("rapport", "Aanmeldingen per sector van de aanmelder", FROM, TO, "csv"))
                .isEqualTo("rapport-aanmeldingen-per-sector-van-de-aanmelder-2026-01-01-2026-12-31.csv");
        assertThat(ReportFiles.fileName("jaarrapport", "2025", null, null, "pdf")).isEqualTo("jaarrapport-2025.pdf");
        assertThat(ReportFiles.fileName("report", "Capacité & wachttijd", FROM, FROM, "xlsx"))
                .isEqualTo("report-capacite-wachttijd-2026-01-01-2026-01-01.xlsx");
    }

    @Test
    void theAnnualReportPdfSaysItsYearTheCoordinatorsTextAndEveryTable() throws IOException {
        ReportSection months = ReportSections.referrals(ReportGrouping.MONTH, List.of(new GroupCount("2026-03", 7)), FROM, TO, DUTCH);
        ReportData data = new ReportData(FROM, TO, null, null, Map.of(), List.of(), List.of(), null, List.of(), List.of(),
                List.of(), null, Period.ofWeeks(6));

        byte[] pdf = ReportPdf.annual(2026, "Een jaar van samenwerking.\n\nDe wachttijden bleven lang.", data,
                List.of(months, gap(DUTCH), ReportSections.conferences(null, DUTCH)), DUTCH,
                Instant.parse("2027-01-15T10:00:00Z"));

        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Jaarrapport 2026", "Periode: van 1 januari 2026 tot en met 31 december 2026",
                "Gemaakt op 15 januari 2027", "Een jaar van samenwerking.", "De wachttijden bleven lang.",
                "Aanmeldingen per maand", "maart 2026", "Capaciteitstekort", "In deze periode waren 2 extra plaatsen nodig.",
                "12 tot 15 jaar", "Netwerkoverleg en afspraken", "Geen gegevens in deze periode.", "Pagina 1");
        assertThat(text).as("the cases behind the gap are for the CSV and Excel downloads").doesNotContain("DS-2026-0001");
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    /** The lines after the byte order mark, each ended by CRLF (the last one too). */
    private static List<String> lines(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(text).endsWith("\r\n");
        return Arrays.asList(text.substring(0, text.length() - 2).split("\r\n", -1));
    }
}
