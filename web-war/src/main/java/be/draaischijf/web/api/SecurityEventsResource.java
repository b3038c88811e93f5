package be.draaischijf.web.api;

import be.draaischijf.identity.api.SecurityEvent;
import be.draaischijf.identity.api.SecurityEventFilter;
import be.draaischijf.identity.api.SecurityEvents;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/security-events: the security event log, for administrators (web.xml). */
@Path("security-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Beveiliging", description = "Het logboek van aanmeldingen, vergrendelingen en accountwijzigingen (beheerders)")
public class SecurityEventsResource {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @EJB
    SecurityEvents events;

    @GET
    @Operation(summary = "Gebeurtenissen, nieuwste eerst, per pagina, met filters; X-Total-Count geeft het totaal")
    @APIResponse(responseCode = "200", description = "Eén pagina gebeurtenissen",
            headers = @Header(name = "X-Total-Count", description = "hoeveel gebeurtenissen aan de filters voldoen",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SecurityEvent.class)))
    @APIResponse(responseCode = "400", description = "Een onbekende soort, een ongeldige datum, pagina of filter",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    public Response list(@Parameter(description = "tekst in de gebruikersnaam") @QueryParam("q") String text,
                         @Parameter(description = "de soort, bv. LOGIN_FAILED, ACCOUNT_LOCKED, ROLES") @QueryParam("kind") String kind,
                         @Parameter(description = "het adres van de client") @QueryParam("address") String address,
                         @Parameter(description = "vanaf deze dag (jjjj-mm-dd, Brusselse tijd)") @QueryParam("from") String from,
                         @Parameter(description = "tot en met deze dag (jjjj-mm-dd)") @QueryParam("to") String to,
                         @Parameter(description = "eerste rij, vanaf 0") @QueryParam("offset") String offset,
                         @Parameter(description = "rijen per pagina, 1 tot 500 (standaard 50)") @QueryParam("size") String size) {
        LocalDate first = QueryParams.date("from", from);
        LocalDate last = QueryParams.date("to", to);
        SecurityEventFilter filter = new SecurityEventFilter(text, QueryParams.enumValue(SecurityEvent.Kind.class, "kind", kind),
                address, first == null ? null : first.atStartOfDay(BRUSSELS).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(BRUSSELS).toInstant());
        List<SecurityEvent> page = events.search(filter, QueryParams.offset(offset), QueryParams.size(size, 50, 500));
        return Response.ok(page).header("X-Total-Count", events.count(filter)).build();
    }
}
