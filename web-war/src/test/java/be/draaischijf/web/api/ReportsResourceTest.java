package be.draaischijf.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.referral.api.ReportGrouping;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What /api/reports makes of its query: a period from its first to its last day (the last twelve whole months when
 * none is given), every grouping by its REST name, the answer's format from {@code format} or the Accept header, and a
 * 400 naming the parameter for anything it cannot use.
 */
class ReportsResourceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @BeforeAll
    static void runtime() {
        MinimalRuntimeDelegate.install();
    }

    @Test
    void withoutAPeriodItIsTheLastTwelveWholeMonthsAndAMissingEndOrStartIsFilledIn() {
        assertThat(ReportRequest.period(null, null, TODAY))
                .containsExactly(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30));
        assertThat(ReportRequest.period(LocalDate.of(2026, 3, 1), null, TODAY))
                .containsExactly(LocalDate.of(2026, 3, 1), TODAY);
        assertThat(ReportRequest.period(null, LocalDate.of(2026, 6, 30), TODAY))
                .containsExactly(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30));
        assertThat(ReportRequest.period(LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 5), TODAY))
                .as("one day: its first day is its last").containsExactly(LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 5));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsOrLastsTooLongIsA400NamingTo() {
        assertThatThrownBy(() -> ReportRequest.period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 28), TODAY))
                .isInstanceOfSatisfying(BadInput.class, bad -> {
                    assertThat(bad.detail(Locale.forLanguageTag("nl"))).isEqualTo("to: mag niet voor from liggen");
                    assertThat(bad.detail(Locale.ENGLISH)).isEqualTo("to: cannot be before from");
                });
        assertThatThrownBy(() -> ReportRequest.period(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 1), TODAY))
                .isInstanceOfSatisfying(BadInput.class, bad ->
                        assertThat(bad.detail(Locale.ENGLISH)).isEqualTo("to: the period can be at most 10 years"));
        assertThat(ReportRequest.period(LocalDate.of(2010, 1, 1), LocalDate.of(2019, 12, 31), TODAY)).hasSize(2);
    }

    @Test
    void everyGroupingIsKnownByItsRestNameAndAnUnknownOneSaysWhichThereAre() {
        for (ReportGrouping grouping : ReportGrouping.values()) {
            assertThat(ReportRequest.grouping(grouping.param())).isEqualTo(grouping);
        }
        assertThatThrownBy(() -> ReportRequest.grouping("week")).isInstanceOfSatisfying(BadInput.class, bad ->
                assertThat(bad.detail(Locale.ENGLISH)).isEqualTo("groupBy: must be one of these values: month, problemArea,"
                        + " district, sector, ageBand, schoolStatus, urgency, outcome"));
        assertThatThrownBy(() -> ReportRequest.grouping(" ")).isInstanceOfSatisfying(BadInput.class, bad ->
                assertThat(bad.detail(Locale.forLanguageTag("nl"))).isEqualTo("groupBy: is verplicht"));
    }

    @Test
    void theFormatComesFromTheParameterElseFromTheAcceptHeaderAndIsJsonForABrowser() {
        assertThat(resource(MediaType.APPLICATION_JSON_TYPE).format("csv")).isEqualTo(ReportRequest.Format.CSV);
        assertThat(resource(MediaType.WILDCARD_TYPE).format("XLSX")).isEqualTo(ReportRequest.Format.XLSX);
        assertThat(resource(new MediaType("text", "csv")).format(null)).isEqualTo(ReportRequest.Format.CSV);
        assertThat(resource(new MediaType("application", "pdf")).format(null)).isEqualTo(ReportRequest.Format.PDF);
        assertThat(resource(new MediaType("text", "html"), new MediaType("application", "xml"), MediaType.WILDCARD_TYPE)
                .format(null)).isEqualTo(ReportRequest.Format.JSON);
        assertThat(resource(new MediaType("text", "*")).format(null)).as("not CSV by accident").isEqualTo(ReportRequest.Format.JSON);
        assertThatThrownBy(() -> resource(MediaType.WILDCARD_TYPE).format("docx")).isInstanceOfSatisfying(BadInput.class, bad ->
                assertThat(bad.detail(Locale.forLanguageTag("nl"))).isEqualTo("format: is geen gekende waarde"));
    }

    private static ReportRequest resource(MediaType... accepted) {
        return new ReportRequest(null, Stubs.stub(HttpHeaders.class, Map.of("getAcceptableMediaTypes", args -> List.of(accepted))),
                null);
    }
}
