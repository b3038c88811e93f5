package be.draaischijf.web.api;

import be.draaischijf.platform.mail.MailOutbox;
import be.draaischijf.platform.mail.OutboxEntry;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/outbox: the mails the platform's outbox still holds (administrators, web.xml): those still being tried
 * ({@code state=PENDING}) and those it gave up ({@code state=FAILED}), without their text.
 */
@Path("outbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Beheer")
public class OutboxResource {

    /** Which mails: still being tried, or given up. */
    public enum State {
        PENDING, FAILED
    }

    @Inject
    MailOutbox outbox;

    /** What "send now" did: how many mails the mail server took. */
    public record Sent(@Schema(description = "hoeveel mails de mailserver nu aannam") int sent) {
    }

    @POST
    @Path("send")
    @Operation(summary = "Verstuur nu wat nog wacht (beheerders): na een storing van de mailserver hoeft niemand te"
            + " wachten tot de volgende poging (na 1, 2, 4 … minuten). Wat de mailserver weigert, blijft wachten.")
    @APIResponse(responseCode = "200", description = "Hoeveel mails de mailserver aannam",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Sent.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", description = "Geen beheerder",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Sent sendNow() {
        return new Sent(outbox.tryAgainNow());
    }

    @GET
    @Operation(summary = "De mails in de uitgaande wachtrij, oudste eerst, per pagina (beheerders): PENDING wordt nog"
            + " geprobeerd, FAILED is opgegeven na 10 pogingen (ongeveer vier uur). Zonder de tekst van de mail.")
    @APIResponse(responseCode = "200", description = "Eén pagina mails",
            headers = @Header(name = "X-Total-Count", description = "hoeveel mails in deze toestand",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = OutboxEntry.class)))
    @APIResponse(responseCode = "400", description = "Een onbekende toestand of een ongeldige pagina",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", description = "Geen beheerder",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "PENDING (standaard) of FAILED") @QueryParam("state") String state,
                         @Parameter(description = "eerste rij, vanaf 0") @QueryParam("offset") String offset,
                         @Parameter(description = "rijen per pagina, 1 tot 500 (standaard 50)") @QueryParam("size") String size) {
        State wanted = QueryParams.enumValue(State.class, "state", state);
        boolean failed = wanted == State.FAILED;
        int from = QueryParams.offset(offset);
        int rows = QueryParams.size(size, 50, 500);
        List<OutboxEntry> page = outbox.list(failed, from, rows);
        return Response.ok(page).header("X-Total-Count", outbox.count(failed)).build();
    }
}
