package be.draaischijf.web.api;

import be.draaischijf.training.api.Newsletter;
import be.draaischijf.web.training.ParticipantExport;
import be.draaischijf.web.training.RegistrationGuard;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/newsletter: sign up (double opt-in, no account) and the subscriber export for coordinators. */
@Path("newsletter")
@Tag(name = "Nieuwsbrief")
public class NewsletterResource {

    @EJB
    Newsletter newsletter;

    @Inject
    RegistrationGuard guard;

    @Context
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Inschrijven op de nieuwsbrief ({email, consent}): 202, altijd hetzelfde antwoord; de e-mail"
            + " bevat een bevestigingslink. 429 met Retry-After bij te veel pogingen vanaf hetzelfde adres")
    @RequestBody(required = true, description = "Het e-mailadres en de toestemming (consent moet true zijn)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NewsletterSignUp.class)))
    @APIResponse(responseCode = "202", description = "Aanvaard, zonder inhoud: een nieuw, wachtend of al bevestigd adres"
            + " krijgt hetzelfde antwoord; de e-mail zegt wat geldt")
    @APIResponse(responseCode = "400", description = "Geen geldig e-mailadres of geen toestemming, per veld in errors;"
            + " geen of geen geldige JSON",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", ref = RestApplication.TOO_MANY)
    public Response subscribe(NewsletterSignUp signUp) {
        OptionalLong wait = guard.admit(request);
        if (wait.isPresent()) {
            return Problems.tooMany(Problems.language(request), wait.getAsLong(), uri.getPath());
        }
        NewsletterSignUp body = Bodies.required(signUp);
        if (!RegistrationGuard.isRobot(body.website())) {
            newsletter.subscribe(body.email(), Boolean.TRUE.equals(body.consent()));
        }
        return Response.accepted().build();
    }

    @GET
    @Path("subscribers.csv")
    @Produces({ParticipantExport.CSV, MediaType.WILDCARD})
    @Operation(summary = "Bevestigde abonnees als CSV voor de mailingtool (coördinatoren, beheerders)")
    @APIResponse(responseCode = "200", description = "CSV (UTF-8 met BOM, puntkomma's): e-mail, toestemming op,"
            + " bevestigd op",
            headers = @Header(name = "Content-Disposition",
                    description = "attachment; filename=\"nieuwsbrief-abonnees-jjjj-mm-dd.csv\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "Niet aangemeld",
            headers = @Header(name = "WWW-Authenticate", description = "Basic realm=\"Draaischijf\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Geen coördinator of beheerder",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response subscribers() {
        Callers.coordinator(security);
        return Downloads.attachment(ParticipantExport.dutch(List.of()).subscribersCsv(newsletter.confirmedSubscribers()),
                ParticipantExport.CSV, "nieuwsbrief-abonnees-" + LocalDate.now() + ".csv");
    }
}
