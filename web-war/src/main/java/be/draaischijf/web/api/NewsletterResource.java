package be.draaischijf.web.api;

import be.draaischijf.training.api.Newsletter;
import be.draaischijf.web.training.ParticipantExport;
import be.draaischijf.web.training.RegistrationGuard;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
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
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    public Response subscribe(NewsletterSignUp signUp) {
        OptionalLong wait = guard.admit(request);
        if (wait.isPresent()) {
            return SessionsResource.tooMany(wait.getAsLong(), uri.getPath());
        }
        NewsletterSignUp body = Bodies.required(signUp, "een e-mailadres en toestemming");
        if (!RegistrationGuard.isRobot(body.website())) {
            newsletter.subscribe(body.email(), Boolean.TRUE.equals(body.consent()));
        }
        return Response.accepted().build();
    }

    @GET
    @Path("subscribers.csv")
    @Produces({ParticipantExport.CSV, MediaType.WILDCARD})
    @Operation(summary = "Bevestigde abonnees als CSV voor de mailingtool (coördinatoren, beheerders)")
    public Response subscribers() {
        String actor = Callers.name(security);
        if (!security.isUserInRole("COORDINATOR") && !security.isUserInRole("ADMIN")) {
            throw new ForbiddenException("alleen voor coördinatoren en beheerders");
        }
        return SessionsResource.download(ParticipantExport.dutch().subscribersCsv(newsletter.confirmedSubscribers(actor)),
                ParticipantExport.CSV, "nieuwsbrief-abonnees-" + LocalDate.now() + ".csv");
    }
}
