package be.draaischijf.web.training;

import be.draaischijf.partner.api.ReferenceItem;
import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.training.api.Attendance;
import be.draaischijf.training.api.ParticipantRow;
import be.draaischijf.training.api.RegistrationStatus;
import be.draaischijf.training.api.SubscriberRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The organiser's downloads open in Excel as they should, and a participant's text cannot run as a formula. */
class ParticipantExportTest {

    /** 10:00 in Brussels (summer time). */
    private static final Instant REGISTERED = Instant.parse("2026-07-01T08:00:00Z");
    private static final Instant CONFIRMED = Instant.parse("2026-07-02T14:30:00Z");

    private final ParticipantExport export = ParticipantExport.dutch(List.of(
            new ReferenceItem("EDUCATION", "Onderwijs", "Education", true)));

    @Test
    void csvIsUtf8WithAByteOrderMarkSemicolonsAndDutchHeaders() {
        byte[] csv = export.csv(List.of(row("Zoë", "Peeters", "Ingrijpen bij schooluitval", null)));

        assertThat(Arrays.copyOf(csv, 3)).as("UTF-8 byte order mark, so Excel reads the accents")
                .containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = lines(csv);
        assertThat(lines.get(0)).isEqualTo("Voornaam;Familienaam;E-mail;Organisatie;Sector;Functie;Opmerkingen;Status;"
                + "Plaats op wachtlijst;Ingeschreven op;Bevestigd op;Geannuleerd op;Aanwezigheid;Niet opgedaagd");
        assertThat(lines.get(1)).isEqualTo("Zoë;Peeters;zoe@example.org;CAW Antwerpen;Onderwijs;leerkracht;"
                + "Ingrijpen bij schooluitval;Op de wachtlijst;2;01/07/2026 10:00;02/07/2026 16:30;;Aanwezig;");
        assertThat(lines).hasSize(2);
    }

    @Test
    void textThatStartsLikeAFormulaIsNeutralisedWithAnApostrophe() {
        byte[] csv = export.csv(List.of(
                row("=HYPERLINK(\"http://evil.example\",\"klik\")", "+32 3 123 45 67", "-2+3", null),
                row("@SUM(A1:A9)", "\tTab", "\rCR", null)));

        List<String> lines = lines(csv);
        assertThat(lines.get(1)).startsWith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")\";'+32 3 123 45 67;")
                .contains(";'-2+3;");
        assertThat(lines.get(2)).startsWith("'@SUM(A1:A9);'\tTab;").contains(";\"'\rCR\";");
        assertThat(new String(csv, StandardCharsets.UTF_8)).doesNotContain(";=", ";+", ";-2", ";@", "\n=");
    }

    @Test
    void separatorsQuotesAndLineBreaksStayInsideTheirCell() {
        byte[] csv = export.csv(List.of(row("Jan", "Smet; De Wit", "zegt \"hallo\"\nen tot ziens", null)));

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("Jan;\"Smet; De Wit\";").contains(";\"zegt \"\"hallo\"\"\nen tot ziens\";");
        assertThat(lines(csv)).hasSize(2);
    }

    @Test
    void subscribersCsvHasTheAddressAndBothMoments() {
        byte[] csv = export.subscribersCsv(List.of(new SubscriberRow("=cmd@example.org", REGISTERED, CONFIRMED)));

        assertThat(lines(csv)).containsExactly("E-mail;Toestemming op;Bevestigd op",
                "'=cmd@example.org;01/07/2026 10:00;02/07/2026 16:30");
    }

    @Test
    void xlsxHasABoldHeaderRowAndRealDateCells() throws IOException {
        byte[] xlsx = export.xlsx(List.of(row("Zoë", "Peeters", "=1+1", Attendance.ABSENT)), "Vorming: signalen");

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Vorming  signalen");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Voornaam");
            assertThat(header.getCell(9).getStringCellValue()).isEqualTo("Ingeschreven op");
            assertThat(header.getLastCellNum()).isEqualTo((short) 14);
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();

            Row data = sheet.getRow(1);
            assertThat(data.getCell(0).getStringCellValue()).isEqualTo("Zoë");
            assertThat(data.getCell(1).getStringCellValue()).isEqualTo("Peeters");
            assertThat(data.getCell(4).getStringCellValue()).isEqualTo("Onderwijs");
            assertThat(data.getCell(6).getCellType()).as("text, never a formula").isEqualTo(CellType.STRING);
            assertThat(data.getCell(6).getStringCellValue()).isEqualTo("=1+1");
            assertThat(data.getCell(7).getStringCellValue()).isEqualTo("Op de wachtlijst");
            assertThat(data.getCell(8).getNumericCellValue()).isEqualTo(2.0);
            Cell registered = data.getCell(9);
            assertThat(registered.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(registered)).isTrue();
            assertThat(registered.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 7, 1, 10, 0));
            assertThat(data.getCell(10).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 7, 2, 16, 30));
            assertThat(data.getCell(12).getStringCellValue()).isEqualTo("Afwezig");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void anyTitleGivesASheetExcelAccepts() throws IOException {
        for (String title : List.of("'Ouders' in gesprek'", "???", "", "Een heel lange titel van een vorming over"
                + " schooluitval en spijbelen", "Vorming voor ouders en leerkr 'kinderen' in de klas")) {
            byte[] xlsx = export.xlsx(List.of(), title);

            try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                String name = workbook.getSheetAt(0).getSheetName();
                assertThat(name).as(title).isNotBlank().hasSizeLessThanOrEqualTo(31)
                        .doesNotStartWith("'").doesNotEndWith("'");
            }
        }
    }

    private static ParticipantRow row(String firstName, String lastName, String remarks, Attendance attendance) {
        return new ParticipantRow(UUID.randomUUID(), firstName, lastName,
                firstName.startsWith("Zo") ? "zoe@example.org" : "x@example.org", "CAW Antwerpen", "EDUCATION",
                "leerkracht", remarks, RegistrationStatus.WAITLISTED, 2, REGISTERED, CONFIRMED, null, REGISTERED,
                attendance == null ? Attendance.PRESENT : attendance, false);
    }

    /** The CSV's records (without the byte order mark), split on the record separator CRLF. */
    private static List<String> lines(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").endsWith("\r\n");
        return List.of(text.substring(1, text.length() - 2).split("\r\n", -1));
    }
}
