package be.draaischijf.web.api;

import be.draaischijf.platform.OneTimeTokens;
import be.draaischijf.training.api.ParticipantRow;
import be.draaischijf.training.api.RegistrationReceipt;
import be.draaischijf.training.api.RegistrationResult;
import be.draaischijf.training.api.RegistrationStatus;
import be.draaischijf.training.api.SessionRegistrations;
import be.draaischijf.web.training.RegistrationGuard;
import be.draaischijf.platform.metrics.Metrics;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import java.util.List;
import java.util.OptionalLong;
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
 * /api/sessions/{id}/registrations: registering for a session without an account (guarded against floods and
 * robots), and the organiser's list of who registered (coordinators and administrators).
 */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Vormingen") // the tag is described once, on SessionsResource
public class SessionRegistrationsResource {

    @EJB
    SessionRegistrations registrations;

    @Inject
    RegistrationGuard guard;

    @Inject
    Metrics metrics;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @POST
    @Path("{id}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Inschrijven zonder account ({firstName, lastName, email, organisation, sector, function, remarks,"
            + " consent}). 201 met status CONFIRMED of WAITLISTED, de plaats op de wachtlijst en het annuleertoken"
            + " (de link /inschrijving/{token} staat ook in de e-mail). 409 als dit e-mailadres al ingeschreven is of"
            + " de inschrijvingen gesloten zijn; 429 met Retry-After bij te veel pogingen vanaf hetzelfde adres; 503"
            + " met Retry-After als er even te veel mensen tegelijk inschrijven. Met een Idempotency-Key mag wie geen"
            + " antwoord kreeg dezelfde inschrijving opnieuw sturen: dezelfde sleutel met dezelfde gegevens geeft"
            + " dezelfde inschrijving en hetzelfde token terug (Idempotent-Replayed: true), zonder tweede inschrijving"
            + " of e-mail, ook als de inschrijvingen intussen sloten")
    @RequestBody(required = true, description = "Wie inschrijft; consent moet true zijn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegistrationRequest.class)))
    @APIResponse(responseCode = "201", description = "Ingeschreven (CONFIRMED) of op de wachtlijst (WAITLISTED); bij een"
            + " herhaling met dezelfde Idempotency-Key de inschrijving van de eerste keer zoals ze nu is",
            headers = {
                    @Header(name = "Location", description = "/api/registrations/{cancelToken}: je inschrijving", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "RateLimit-Policy", description = "pogingen per minuut per adres, bv. 20;w=60", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = IdempotencyKeys.REPLAYED, description = "true wanneer dit het antwoord op een"
                            + " herhaling is: niets nieuws gemaakt of gemaild; ontbreekt bij de eerste keer",
                            schema = @Schema(type = SchemaType.STRING, enumeration = "true"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TrainingSchemas.RegistrationResult.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer, per veld in errors (veldnamen zoals in de"
            + " aanvraag, bv. email, consent); geen of geen geldige JSON; een ongeldige Idempotency-Key (de uitleg"
            + " noemt de header)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Geen gepubliceerde sessie met dit id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Dit e-mailadres is al ingeschreven of wacht al (titel Al"
            + " ingeschreven), of de inschrijvingen zijn niet open (titel Inschrijvingen gesloten, met reason)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Deze Idempotency-Key werd voor deze sessie al gebruikt voor een"
            + " andere inschrijving; niets gedaan of bewaard",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", ref = RestApplication.TOO_MANY)
    @APIResponse(responseCode = "503", ref = RestApplication.BUSY)
    public Response register(@PathParam("id") UUID id,
                             @Parameter(description = "Optioneel: een sleutel die de client voor deze inschrijving kiest"
                                     + " (1 tot 255 zichtbare ASCII-tekens, bv. een UUID), om na een verbroken verbinding"
                                     + " veilig opnieuw te kunnen sturen; geldt per sessie",
                                     schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255,
                                             pattern = IdempotencyKeys.PATTERN),
                                     example = "8e03978e-40d5-43e8-bc93-6894a57f9324")
                             @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
                             RegistrationRequest body) {
        // the per-address limit first, as before: a retry counts as an attempt (it is one, from that address)
        OptionalLong wait = guard.admit(request);
        if (wait.isPresent()) {
            metrics.registration(Metrics.RegistrationOutcome.RATE_LIMITED);
            return Problems.tooMany(Problems.language(request), wait.getAsLong(), uri.getPath());
        }
        String key = IdempotencyKeys.of(idempotencyKey, request);
        RegistrationRequest registration = Bodies.required(body);
        RegistrationReceipt receipt;
        if (RegistrationGuard.isRobot(registration.website())) {
            // a robot filled the honeypot: it gets an answer like anyone else (a token like a real one), nothing is
            // stored or mailed
            receipt = new RegistrationReceipt(new RegistrationResult(UUID.randomUUID(), RegistrationStatus.CONFIRMED, null,
                    OneTimeTokens.newToken()), false);
        } else {
            receipt = registrations.register(id, registration.toForm(), key);
        }
        RegistrationResult result = receipt.result();
        return IdempotencyKeys.marked(Response.created(uri.getBaseUriBuilder().path("registrations")
                        .path(result.cancelToken()).build())
                .header("RateLimit-Policy", guard.limitPerMinute() + ";w=60")
                .entity(result), receipt.replayed()).build();
    }

    @GET
    @Path("{id}/registrations")
    @Operation(summary = "Deelnemers van een sessie (organisator): status CONFIRMED, WAITLISTED of CANCELLED, zonder"
            + " status bevestigd en wachtend; per pagina; X-Total-Count geeft het totaal")
    @APIResponse(responseCode = "200", description = "Eén pagina inschrijvingen",
            headers = @Header(name = "X-Total-Count", description = "Aantal inschrijvingen over alle pagina's",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ParticipantRow.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige status, offset of size",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    @APIResponse(responseCode = "404", ref = RestApplication.NO_SUCH_SESSION)
    public Response participants(@PathParam("id") UUID id,
                                 @Parameter(description = "CONFIRMED, WAITLISTED of CANCELLED") @QueryParam("status") String status,
                                 @Parameter(description = "eerste rij, vanaf 0 (standaard 0)") @QueryParam("offset") String offset,
                                 @Parameter(description = "rijen per pagina, 1 tot 500 (standaard 50)") @QueryParam("size") String size) {
        Callers.coordinator(security);
        RegistrationStatus wanted = QueryParams.enumValue(RegistrationStatus.class, "status", status);
        List<ParticipantRow> page = registrations.participants(id, wanted, QueryParams.offset(offset),
                QueryParams.size(size, 50, 500));
        return Response.ok(page).header("X-Total-Count", registrations.countParticipants(id, wanted)).build();
    }
}
