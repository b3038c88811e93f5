package be.draaischijf.web.api;

import be.draaischijf.training.api.CancelOutcome;
import be.draaischijf.training.api.RegistrationView;
import be.draaischijf.training.api.SessionRegistrations;
import be.draaischijf.platform.refusal.NotFound;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/registrations/{token}: a registration through its self-service token (from the link in the mails),
 * without an account. An unknown token is 404, and so is one that cannot be a token (blank, too long).
 */
@Path("registrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Vormingen") // the tag is described once, on SessionsResource
public class RegistrationsResource {

    /** The longest token the module takes (its tokens have 43 characters). */
    static final int MAX_TOKEN_LENGTH = 100;

    @EJB
    SessionRegistrations registrations;

    @GET
    @Path("{token}")
    @Operation(summary = "Je inschrijving via het token uit de e-mail: status, plaats op de wachtlijst, de sessie")
    @APIResponse(responseCode = "200", description = "De inschrijving: status CONFIRMED, WAITLISTED of CANCELLED;"
            + " position = plaats op de wachtlijst (null tenzij WAITLISTED); cancellable = je kan nog annuleren (niet"
            + " geannuleerd en de sessie is niet begonnen, voorbij of geannuleerd); session = de sessie",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "404", ref = RestApplication.INVALID_LINK)
    public RegistrationView find(@Parameter(description = "het token uit de link in de e-mail", required = true) @PathParam("token") String token) {
        return registrations.findByToken(checked(token)).orElseThrow(() -> new NotFound("training.link.unknown"));
    }

    @DELETE
    @Path("{token}")
    @Operation(summary = "Je inschrijving annuleren of de wachtlijst verlaten via het token; een vrijgekomen plaats gaat"
            + " naar de eerste wachtende (die een e-mail krijgt). Antwoordt {outcome: CANCELLED, LEFT_WAITING_LIST of"
            + " ALREADY_CANCELLED}; 409 als de sessie begonnen, voorbij of geannuleerd is")
    @APIResponse(responseCode = "200", description = "Wat het annuleren deed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TrainingSchemas.CancelResult.class)))
    @APIResponse(responseCode = "404", ref = RestApplication.INVALID_LINK)
    @APIResponse(responseCode = "409", description = "Annuleren kan niet meer: de sessie is begonnen, voorbij of"
            + " geannuleerd",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", ref = RestApplication.BUSY)
    public JsonObject cancel(@Parameter(description = "het token uit de link in de e-mail", required = true) @PathParam("token") String token) {
        CancelOutcome outcome = registrations.cancel(checked(token));
        return Json.createObjectBuilder().add("outcome", outcome.name()).build();
    }

    /** A token the module could know; anything else is an invalid link (404), not a validation error. */
    static String checked(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            throw new NotFound("training.link.unknown");
        }
        return token;
    }
}
