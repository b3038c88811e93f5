package be.draaischijf.web.api;

import be.draaischijf.training.api.CancelOutcome;
import be.draaischijf.training.api.RegistrationView;
import be.draaischijf.training.api.SessionRegistrations;
import be.draaischijf.training.api.UnknownToken;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/registrations/{token}: a registration through its self-service token (from the link in the mails),
 * without an account. An unknown token is 404.
 */
@Path("registrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vormingen")
public class RegistrationsResource {

    @EJB
    SessionRegistrations registrations;

    @GET
    @Path("{token}")
    @Operation(summary = "Je inschrijving via het token uit de e-mail: status, plaats op de wachtlijst, de sessie")
    public RegistrationView find(@PathParam("token") String token) {
        return registrations.findByToken(token).orElseThrow(() -> new UnknownToken("onbekende link"));
    }

    @DELETE
    @Path("{token}")
    @Operation(summary = "Je inschrijving annuleren of de wachtlijst verlaten via het token; een vrijgekomen plaats gaat"
            + " naar de eerste wachtende (die een e-mail krijgt). Antwoordt {outcome: CANCELLED, LEFT_WAITING_LIST of"
            + " ALREADY_CANCELLED}")
    public JsonObject cancel(@PathParam("token") String token) {
        CancelOutcome outcome = registrations.cancel(token);
        return Json.createObjectBuilder().add("outcome", outcome.name()).build();
    }
}
