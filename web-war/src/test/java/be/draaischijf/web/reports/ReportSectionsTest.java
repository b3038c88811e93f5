package be.draaischijf.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.referral.api.AgeBand;
import be.draaischijf.referral.api.CapacityGapCase;
import be.draaischijf.referral.api.CapacityGapRow;
import be.draaischijf.referral.api.GroupCount;
import be.draaischijf.referral.api.LeadTime;
import be.draaischijf.referral.api.LeadTimeStage;
import be.draaischijf.referral.api.ReportGrouping;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What a report says, before it is written anywhere: groups in words and in a reader's order, months over the whole
 * period, figures as the language writes them, the capacity gap's definition with the acceptable wait in words, and a
 * chart that cannot break out of its script.
 */
class ReportSectionsTest {

    static final ReportLists LISTS = new ReportLists(
            List.of(new ReferenceItem("HOUSING", "Wonen", "Housing", true),
                    new ReferenceItem("ABSENTEEISM", "Spijbelen", "Truancy", true)),
            List.of(new ReferenceItem("KIEL", "Kiel", "Kiel", true), new ReferenceItem("CITY_WIDE", "Stadsbreed", "City-wide", true)),
            List.of(new ReferenceItem("EDUCATION", "Onderwijs", "Education", true)),
            List.of(new ReferenceItem("NO_CAPACITY", "Geen plaats", "No place", true)),
            List.of());
    static final ReportTexts DUTCH = ReportTexts.in(Locale.forLanguageTag("nl"), LISTS);
    static final ReportTexts ENGLISH = ReportTexts.in(Locale.ENGLISH, LISTS);

    @Test
    void monthsRunOverTheWholePeriodInWordsWithZeroForAMonthWithoutReferrals() {
        ReportSection months = ReportSections.referrals(ReportGrouping.MONTH,
                List.of(new GroupCount("2026-01", 4), new GroupCount("2026-03", 2)),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), DUTCH);

        assertThat(months.table().rows()).extracting(row -> row.get(0).text())
                .containsExactly("januari 2026", "februari 2026", "maart 2026");
        assertThat(months.table().rows()).extracting(row -> row.get(1).number()).containsExactly(4.0, 0.0, 2.0);
        assertThat(months.table().titles()).containsExactly("Maand", "Aanmeldingen");
        assertThat(months.chart().kind()).isEqualTo(ReportChart.Kind.LINE);
        assertThat(months.apiPath()).isEqualTo("referrals?groupBy=month");

        ReportSection english = ReportSections.referrals(ReportGrouping.MONTH, List.of(new GroupCount("2026-01", 1234)),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), ENGLISH);
        assertThat(english.table().rows().get(0)).extracting(ReportTable.Cell::text).containsExactly("January 2026", "1,234");
        assertThat(ReportSections.referrals(ReportGrouping.MONTH, List.of(new GroupCount("2026-01", 1234)),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), DUTCH).table().rows().get(0).get(1).text()).isEqualTo("1.234");
    }

    @Test
    void groupsReadAsWordsInTheOrderAPersonExpectsAndAnUnknownCodeStillReadsAsWords() {
        ReportSection ages = ReportSections.referrals(ReportGrouping.AGE_BAND, List.of(
                new GroupCount("FROM_18_TO_25", 1), new GroupCount("UNDER_12", 2), new GroupCount("FROM_12_TO_15", 3)),
                null, null, DUTCH);
        assertThat(ages.table().rows()).extracting(row -> row.get(0).text())
                .containsExactly("Jonger dan 12", "12 tot 15 jaar", "18 tot 25 jaar");

        ReportSection areas = ReportSections.referrals(ReportGrouping.PROBLEM_AREA, List.of(
                new GroupCount("ABSENTEEISM", 3), new GroupCount("HOUSING", 1), new GroupCount("SCHOOL_FATIGUE", 1)),
                null, null, DUTCH);
        assertThat(areas.table().rows()).extracting(row -> row.get(0).text())
                .containsExactly("School fatigue", "Spijbelen", "Wonen");
        assertThat(areas.notes()).containsExactly("Een aanmelding over meer probleemgebieden telt bij elk ervan.");

        assertThat(DUTCH.group(ReportGrouping.URGENCY, "HIGH")).isEqualTo("Dringend");
        assertThat(ENGLISH.group(ReportGrouping.SECTOR, "EDUCATION")).isEqualTo("Education");
        assertThat(DUTCH.group(ReportGrouping.DISTRICT, null)).isEqualTo("Onbekend");
        assertThat(DUTCH.theme("SCHOOL_DROPOUT")).as("a theme list the partner module does not have yet").isEqualTo("School dropout");
    }

    @Test
    void leadTimesSayTheirDaysWithADecimalAndNoneWhenNoCaseReachedTheStep() {
        ReportSection times = ReportSections.leadTimes(List.of(new LeadTime(LeadTimeStage.FIRST_ANALYSIS, 12, 1.5, 4.0),
                new LeadTime(LeadTimeStage.START, 0, null, null)), DUTCH);

        assertThat(times.table().rows().get(0)).extracting(ReportTable.Cell::text)
                .containsExactly("Tot de eerste analyse", "12", "1,5", "4");
        assertThat(times.table().rows().get(1)).extracting(ReportTable.Cell::text)
                .containsExactly("Tot de start bij een partner", "0", "geen", "geen");
        assertThat(times.chart().series()).extracting(ReportChart.Series::label)
                .containsExactly("Mediaan (dagen)", "90e percentiel (dagen)");
    }

    @Test
    void theCapacityGapSaysItsDefinitionWithTheAcceptableWaitInWordsAndKeepsItsCasesForTheDownloads() {
        ReportSection gap = ReportSections.capacityGap(List.of(
                new CapacityGapRow("HOUSING", AgeBand.FROM_12_TO_15, "KIEL", 2, 7.5, List.of("Time-out De Passage")),
                new CapacityGapRow("HOUSING", AgeBand.FROM_16_TO_17, "KIEL", 1, null, List.of())),
                List.of(new CapacityGapCase("DS-2026-0001", "HOUSING", AgeBand.FROM_12_TO_15, "KIEL", "NO_FITTING_OFFER", null),
                        new CapacityGapCase("DS-2026-0002", "HOUSING", AgeBand.FROM_12_TO_15, "KIEL", "WAITED", 9.0),
                        new CapacityGapCase("DS-2026-0003", "HOUSING", AgeBand.FROM_16_TO_17, "KIEL", "NO_CAPACITY", 6.0)),
                Period.ofWeeks(6), DUTCH);

        assertThat(gap.notes().get(0)).contains("langer dan 6 weken moesten wachten");
        assertThat(gap.notes().get(1)).isEqualTo("In deze periode waren 3 extra plaatsen nodig.");
        assertThat(gap.table().rows().get(0)).extracting(ReportTable.Cell::text)
                .containsExactly("Wonen", "12 tot 15 jaar", "Kiel", "2", "7,5", "Time-out De Passage");
        assertThat(gap.chart().labels()).containsExactly("Wonen");
        assertThat(gap.chart().series().get(0).values()).containsExactly(3.0);
        assertThat(gap.details().rows()).extracting(row -> row.get(0).text() + " " + row.get(4).text())
                .containsExactly("DS-2026-0001 Geen passend aanbod", "DS-2026-0002 Langer gewacht dan aanvaardbaar",
                        "DS-2026-0003 Geen plaats");
        assertThat(ReportSections.capacityGap(List.of(), List.of(), Period.ofDays(10), ENGLISH).notes())
                .containsExactly(ENGLISH.text("reports.gap.definition", "10 days"), "No extra places were needed in this period.");
    }

    @Test
    void durationsReadAsPeopleSayThem() {
        assertThat(DUTCH.duration(Period.ofWeeks(1))).isEqualTo("1 week");
        assertThat(DUTCH.duration(Period.ofDays(42))).isEqualTo("6 weken");
        assertThat(ENGLISH.duration(Period.ofDays(10))).isEqualTo("10 days");
        assertThat(DUTCH.duration(Period.of(1, 3, 0))).isEqualTo("1 jaar en 3 maanden");
        assertThat(DUTCH.period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .isEqualTo("van 1 januari 2026 tot en met 31 december 2026");
    }

    @Test
    void aSectionWithoutFiguresHasNoChartAndEverySectionOfAReportIsThere() {
        ReportSection nothing = ReportSections.referrals(ReportGrouping.OUTCOME, List.of(), null, null, DUTCH);
        assertThat(nothing.hasFigures()).isFalse();
        assertThat(nothing.chart()).isNull();
        assertThat(ReportSections.conferences(null, DUTCH).hasFigures()).as("nothing happened: no table of zeros").isFalse();
    }

    @Test
    void theChartIsChartJsConfigurationWithoutAnythingThatCouldEndItsScript() {
        ReportSection sectors = ReportSections.referrals(ReportGrouping.SECTOR, List.of(new GroupCount("</script><b>", 3)),
                null, null, DUTCH);

        String json = sectors.chart().json("nl-BE");
        assertThat(json).doesNotContain("<");
        JsonObject config = Json.createReader(new StringReader(json)).readObject();
        assertThat(config.getString("type")).isEqualTo("bar");
        assertThat(config.getJsonObject("options").getString("indexAxis")).as("long labels read across").isEqualTo("y");
        assertThat(config.getJsonObject("options").getBoolean("animation")).isFalse();
        assertThat(config.getJsonObject("options").getString("locale")).isEqualTo("nl-BE");
        assertThat(config.getJsonObject("data").getJsonArray("labels").getString(0)).isEqualTo("</script><b>");
        assertThat(config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data").getJsonNumber(0)
                .doubleValue()).isEqualTo(3.0);
    }
}
