package be.draaischijf.web.api;

import be.draaischijf.network.api.SignalDraft;
import be.draaischijf.network.api.SignalFilter;
import be.draaischijf.network.api.SignalView;
import be.draaischijf.network.api.Signals;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.partner.api.ReferenceLists;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/signals: the network's signals (ADR 0045), for coordinators and administrators (401 without a login, web.xml;
 * 403 for other roles, here). A signal names a case by its reference only. Themes and their counts:
 * {@link ThemesResource}.
 */
@Path("signals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Signalen en thema's", description = "Signalen die het netwerk opvangt, gegroepeerd in thema's (coördinatoren,"
        + " beheerders)")
public class SignalsResource {

    @EJB
    Signals signals;

    @EJB
    ReferenceLists lists;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Signalen, de laatste datum eerst, per pagina; X-Total-Count geeft het totaal. Te filteren op thema,"
            + " wijk en periode (from tot until, until telt niet mee)")
    @APIResponse(responseCode = "200", description = "Eén pagina signalen",
            headers = @Header(name = "X-Total-Count", description = "Aantal signalen over alle pagina's",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SignalView.class)))
    @APIResponse(responseCode = "400", description = "Een parameter is ongeldig (onbekend thema of onbekende wijk, geen datum,"
            + " from niet voor until, offset negatief, size niet tussen 1 en 500)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    public Response list(
            @Parameter(description = "themacode van de lijst signal-themes, bv. SCHOOL_FATIGUE") @QueryParam("theme") String theme,
            @Parameter(description = "wijkcode, bv. KIEL") @QueryParam("district") String district,
            @Parameter(description = "eerste dag, jjjj-mm-dd") @QueryParam("from") String from,
            @Parameter(description = "de dag na de laatste, jjjj-mm-dd") @QueryParam("until") String until,
            @Parameter(description = "eerste rij, vanaf 0 (standaard 0)") @QueryParam("offset") String offset,
            @Parameter(description = "rijen per pagina, 1 tot 500 (standaard 50)") @QueryParam("size") String size) {
        Callers.coordinator(security);
        String themeCode = QueryParams.code(lists.items(ReferenceList.SIGNAL_THEME), "theme", theme);
        String districtCode = QueryParams.code(lists.items(ReferenceList.DISTRICT), "district", district);
        LocalDate first = QueryParams.date("from", from);
        LocalDate end = QueryParams.date("until", until);
        if (first != null && end != null && !first.isBefore(end)) {
            throw new BadInput("until", "api.input.after-from");
        }
        int start = QueryParams.offset(offset);
        int pageSize = QueryParams.size(size, 50, 500);
        SignalFilter filter = new SignalFilter(themeCode, districtCode, first, end);
        return Response.ok(signals.list(filter, start, pageSize)).header("X-Total-Count", signals.count(filter)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén signaal")
    @APIResponse(responseCode = "200", description = "Het signaal",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignalView.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    @APIResponse(responseCode = "404", description = "Geen signaal met dit id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SignalView find(@PathParam("id") UUID id) {
        Callers.coordinator(security);
        return signals.find(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een signaal vastleggen; 201 met het signaal")
    @RequestBody(required = true, description = "{date, source: FORUM|QUESTION|CASE|OTHER, forumCode (bij FORUM: een actief"
            + " overlegforum), caseReference (bij CASE: de referentie van een bestaand dossier, bv. DS-2026-0001; alleen"
            + " coördinatoren; niets anders van het dossier wordt overgenomen), district, themes (actieve codes van"
            + " signal-themes), description, broughtBy}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignalDraft.class)))
    @APIResponse(responseCode = "201", description = "Het signaal",
            headers = @Header(name = "Location", description = "/api/signals/{id} van het nieuwe signaal",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignalView.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer, per veld in errors (ook een onbekende code of een"
            + " dossierreferentie zonder dossier); geen of geen geldige JSON",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    public Response create(SignalDraft draft) {
        Callers.coordinator(security);
        SignalView created = signals.add(Bodies.required(draft));
        return Response.created(uri.getBaseUriBuilder().path("signals").path(created.id().toString()).build())
                .entity(created).build();
    }
}
