package be.draaischijf.partner.control;

import be.draaischijf.platform.refusal.FieldError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV files people save from Excel (semicolons, BOM, CRLF) and from other tools (commas, quotes). */
class CsvTableTest {

    @Test
    void readsExcelsSemicolonsWithByteOrderMarkAndWindowsLineEnds() {
        CsvTable table = CsvTable.parse("\uFEFFOrganisatie;Sector\r\nArktos;jeugd\r\n;\r\nElegast;welzijn\r\n");

        assertThat(table.header()).containsExactly("organisatie", "sector");
        assertThat(table.rows()).extracting(CsvTable.Row::cells)
                .containsExactly(List.of("Arktos", "jeugd"), List.of("Elegast", "welzijn"));
        assertThat(table.rows()).extracting(CsvTable.Row::line).as("blank rows skipped, lines counted").containsExactly(2, 4);
    }

    @Test
    void readsQuotedCellsWithSeparatorsQuotesAndLineBreaks() {
        CsvTable table = CsvTable.parse("organisatie,beschrijving,aanbod\n"
                + "\"Jeugd, Zorg\",\"Zegt \"\"hallo\"\"\nen meer\",Traject\n"
                + "X,Y,Z");

        assertThat(table.rows().get(0).cells()).containsExactly("Jeugd, Zorg", "Zegt \"hallo\"\nen meer", "Traject");
        assertThat(table.rows().get(1).line()).as("the quoted line break counts as a line").isEqualTo(4);
        assertThat(table.rows().get(1).cells()).containsExactly("X", "Y", "Z");
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsLine() {
        assertThatThrownBy(() -> CsvTable.parse("organisatie;aanbod\nArktos;\"nooit dicht\n"))
                .isInstanceOfSatisfying(CsvTable.Unreadable.class, e -> assertThat(e.why())
                        .isEqualTo(FieldError.of("", "partner.import.csv.unclosed-quote", "line", 2)));
    }

    @Test
    void everyColumnOfTheTemplateIsReadAndTheExampleRowIsComplete() {
        CsvTable template = CsvTable.parse(String.join(";", ImportRows.COLUMNS) + "\n"
                + be.draaischijf.partner.api.DirectoryImport.CSV_EXAMPLE);
        assertThat(template.header()).containsExactlyElementsOf(ImportRows.COLUMNS);
        assertThat(template.rows().get(0).cells()).hasSameSizeAs(ImportRows.COLUMNS).doesNotContain("");
        assertThat(List.of(ImportRows.ORGANISATION, ImportRows.SECTOR, ImportRows.ORGANISATION_DESCRIPTION,
                ImportRows.ADDRESS, ImportRows.PHONE, ImportRows.EMAIL, ImportRows.WEBSITE, ImportRows.ORGANISATION_DISTRICTS,
                ImportRows.PARTNER_SINCE, ImportRows.OFFER, ImportRows.DESCRIPTION, ImportRows.KIND, ImportRows.MINIMUM_AGE,
                ImportRows.MAXIMUM_AGE, ImportRows.ACCESS, ImportRows.CITY_WIDE, ImportRows.DISTRICTS, ImportRows.PROBLEM_AREAS,
                ImportRows.LANGUAGES, ImportRows.CAPACITY, ImportRows.WAITING_WEEKS, ImportRows.HOW_TO_APPLY, ImportRows.COST,
                ImportRows.ACTIVE)).containsExactlyElementsOf(ImportRows.COLUMNS);
    }
}
