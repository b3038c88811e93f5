package be.draaischijf.web.api;

import be.draaischijf.referral.api.CaseStatistics;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/statistics: the referral module's counts for the reports, for coordinators and administrators. They are computed
 * from what anonymisation keeps (dates, problem areas, district, age band at the intake, sector, outcome), so they are
 * the same before and after a case is anonymised or erased.
 */
@Path("statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rapporten", description = "Tellingen voor de rapporten (coördinatoren, beheerders)")
public class StatisticsResource {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @EJB
    CaseStatistics statistics;

    @Context
    SecurityContext security;

    @GET
    @Path("cases")
    @Operation(summary = "Dossiers die binnenkwamen van from tot until (until telt niet mee), geteld: in totaal en per maand,"
            + " probleemgebied, wijk, leeftijdsgroep, sector, afloop en doorlooptijd (coördinatoren, beheerders). Zonder from:"
            + " een jaar voor until; zonder until: tot en met vandaag")
    @APIResponse(responseCode = "200", description = "De tellingen",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseCountsView.class)))
    @APIResponse(responseCode = "400", description = "Een ongeldige datum, of from niet voor until",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    public CaseCountsView cases(@Parameter(description = "eerste dag, jjjj-mm-dd") @QueryParam("from") String from,
                                @Parameter(description = "de dag na de laatste, jjjj-mm-dd") @QueryParam("until") String until) {
        Callers.coordinator(security);
        LocalDate last = QueryParams.date("until", until);
        LocalDate end = last == null ? LocalDate.now(BRUSSELS).plusDays(1) : last;
        LocalDate first = QueryParams.date("from", from);
        LocalDate start = first == null ? end.minusYears(1) : first;
        if (!start.isBefore(end)) {
            throw new BadInput("until", "api.input.after-from");
        }
        return CaseCountsView.of(start, end, statistics.count(start, end));
    }
}
