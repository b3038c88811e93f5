package be.draaischijf.web.api;

import be.draaischijf.training.api.ParticipantRow;
import be.draaischijf.training.api.RegistrationResult;
import be.draaischijf.training.api.RegistrationStatus;
import be.draaischijf.training.api.SessionDraft;
import be.draaischijf.training.api.SessionKind;
import be.draaischijf.training.api.SessionRegistrations;
import be.draaischijf.training.api.SessionSummary;
import be.draaischijf.training.api.SessionView;
import be.draaischijf.training.api.TrainingSessions;
import be.draaischijf.training.api.UnknownSession;
import be.draaischijf.web.training.ParticipantExport;
import be.draaischijf.web.training.RegistrationGuard;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/sessions: trainings and info sessions. Reading published sessions, their .ics and registering need no
 * account; creating, changing and the organiser's lists are for coordinators and administrators (401 without
 * an account, 403 for other roles; web.xml guards POST /api/sessions and PUT, this class the rest).
 */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vormingen", description = "Vormingen en infosessies, inschrijvingen en wachtlijst")
public class SessionsResource {

    static final String CALENDAR = "text/calendar; charset=UTF-8";

    @EJB
    TrainingSessions sessions;

    @EJB
    SessionRegistrations registrations;

    @Inject
    RegistrationGuard guard;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Gepubliceerde vormingen en infosessies vanaf een datum (standaard vandaag), de eerste eerst,"
            + " per pagina; X-Total-Count geeft het totaal (hoogstens 500). Coördinatoren met all=true: alle sessies,"
            + " ook ontwerpen, de laatste eerst")
    public Response list(
            @Parameter(description = "eerste rij, vanaf 0") @QueryParam("offset") String offset,
            @Parameter(description = "rijen per pagina, 1 tot 500 (standaard 50)") @QueryParam("size") String size,
            @Parameter(description = "TRAINING, INFO_SESSION of INTERVISION") @QueryParam("kind") String kind,
            @Parameter(description = "themacode, bv. DROPOUT") @QueryParam("theme") String theme,
            @Parameter(description = "vanaf deze dag (jjjj-mm-dd), standaard vandaag") @QueryParam("from") String from,
            @Parameter(description = "true: alle sessies, ook ontwerpen (coördinatoren)") @QueryParam("all") String all) {
        int first = Math.max(0, orDefault(QueryParams.integer("offset", offset), 0));
        int pageSize = orDefault(QueryParams.integer("size", size), 50);
        if (pageSize < 1 || pageSize > 500) {
            throw new BadRequestException("size: moet tussen 1 en 500 liggen");
        }
        if ("true".equalsIgnoreCase(all)) {
            coordinator();
            return Response.ok(sessions.list(first, pageSize)).header("X-Total-Count", sessions.count()).build();
        }
        List<SessionSummary> upcoming = sessions.upcomingPublished(day("from", from),
                QueryParams.enumValue(SessionKind.class, "kind", kind), blankToNull(theme), 500);
        List<SessionSummary> page = upcoming.subList(Math.min(first, upcoming.size()),
                Math.min(first + pageSize, upcoming.size()));
        return Response.ok(page).header("X-Total-Count", upcoming.size()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén sessie met data, plaats, vrije plaatsen en of inschrijven nu kan; ontwerpen alleen voor"
            + " coördinatoren")
    public SessionView find(@PathParam("id") UUID id) {
        return sessions.findPublic(id).orElseGet(() -> {
            if (security.isUserInRole("COORDINATOR") || security.isUserInRole("ADMIN")) {
                return sessions.find(Callers.name(security), id);
            }
            throw new UnknownSession("geen sessie " + id);
        });
    }

    @GET
    @Path("{id}.ics")
    @Produces({CALENDAR, MediaType.WILDCARD})
    @Operation(summary = "Eén sessie als iCalendar-bestand (.ics) om in je agenda te zetten")
    public Response ics(@PathParam("id") UUID id) {
        return Response.ok(sessions.sessionIcs(id), CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"" + sessions.sessionIcsFileName(id) + "\"")
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een nieuwe sessie als ontwerp (coördinatoren, beheerders); 201 met de sessie en haar versie")
    public Response create(SessionDraft draft) {
        SessionView created = sessions.create(coordinator(), Bodies.required(draft, "een sessie"));
        return Response.created(uri.getBaseUriBuilder().path("sessions").path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een sessie wijzigen met de versie die je las (coördinatoren); een hogere capaciteit geeft"
            + " wachtenden een plaats; 409 als ze intussen wijzigde")
    public SessionView update(@PathParam("id") UUID id, SessionDraft draft) {
        return sessions.update(coordinator(), id, Bodies.required(draft, "een sessie"));
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een ontwerp publiceren ({version}): ze verschijnt in de kalender en de feed")
    public SessionView publish(@PathParam("id") UUID id, SessionStatusChange change) {
        String actor = coordinator();
        return sessions.publish(actor, id, Bodies.version(Bodies.required(change, "een versie").version()));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een sessie annuleren ({version, reason}): iedereen die ingeschreven is of wacht krijgt een e-mail")
    public SessionView cancel(@PathParam("id") UUID id, SessionStatusChange change) {
        String actor = coordinator();
        SessionStatusChange body = Bodies.required(change, "een versie en een reden");
        return sessions.cancel(actor, id, Bodies.version(body.version()), body.reason());
    }

    @POST
    @Path("{id}/duplicate")
    @Operation(summary = "Een kopie als nieuw ontwerp, zonder inschrijvingen; 201 met de kopie")
    public Response duplicate(@PathParam("id") UUID id) {
        SessionView copy = sessions.duplicate(coordinator(), id);
        return Response.created(uri.getBaseUriBuilder().path("sessions").path(copy.id().toString()).build())
                .entity(copy).build();
    }

    @POST
    @Path("{id}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Inschrijven zonder account ({firstName, lastName, email, organisation, sector, function, remarks,"
            + " consent}). 201 met status CONFIRMED of WAITLISTED, de plaats op de wachtlijst en het annuleertoken"
            + " (de link /inschrijving/{token} staat ook in de e-mail). 409 als dit e-mailadres al ingeschreven is of"
            + " de inschrijvingen gesloten zijn; 429 met Retry-After bij te veel pogingen vanaf hetzelfde adres")
    public Response register(@PathParam("id") UUID id, RegistrationRequest body) {
        OptionalLong wait = guard.admit(request);
        if (wait.isPresent()) {
            return tooMany(wait.getAsLong(), uri.getPath());
        }
        RegistrationRequest registration = Bodies.required(body, "een inschrijving");
        RegistrationResult result;
        if (RegistrationGuard.isRobot(registration.website())) {
            // a robot filled the honeypot: it gets an answer like anyone else, nothing is stored or mailed
            result = new RegistrationResult(UUID.randomUUID(), RegistrationStatus.CONFIRMED, null,
                    UUID.randomUUID().toString().replace("-", "") + "x0");
        } else {
            result = registrations.register(id, registration.toForm());
        }
        return Response.created(uri.getBaseUriBuilder().path("registrations").path(result.cancelToken()).build())
                .header("RateLimit-Policy", guard.limitPerMinute() + ";w=60")
                .entity(result).build();
    }

    @GET
    @Path("{id}/registrations")
    @Operation(summary = "Deelnemers van een sessie (organisator): status CONFIRMED, WAITLISTED of CANCELLED, zonder"
            + " status bevestigd en wachtend; per pagina; X-Total-Count geeft het totaal")
    public Response participants(@PathParam("id") UUID id,
                                 @Parameter(description = "CONFIRMED, WAITLISTED of CANCELLED") @QueryParam("status") String status,
                                 @QueryParam("offset") String offset, @QueryParam("size") String size) {
        String actor = coordinator();
        RegistrationStatus wanted = QueryParams.enumValue(RegistrationStatus.class, "status", status);
        List<ParticipantRow> page = registrations.participants(actor, id, wanted,
                orDefault(QueryParams.integer("offset", offset), 0), orDefault(QueryParams.integer("size", size), 50));
        return Response.ok(page).header("X-Total-Count", registrations.countParticipants(actor, id, wanted)).build();
    }

    @GET
    @Path("{id}/registrations.csv")
    @Produces({ParticipantExport.CSV, MediaType.WILDCARD})
    @Operation(summary = "Alle inschrijvingen als CSV voor Excel (UTF-8, puntkomma's) (organisator)")
    public Response participantsCsv(@PathParam("id") UUID id) {
        String actor = coordinator();
        SessionView session = sessions.find(actor, id);
        return download(ParticipantExport.dutch().csv(registrations.exportRows(actor, id)), ParticipantExport.CSV,
                ParticipantExport.fileName("deelnemers", session.title(), "csv"));
    }

    @GET
    @Path("{id}/registrations.xlsx")
    @Produces({ParticipantExport.XLSX, MediaType.WILDCARD})
    @Operation(summary = "Alle inschrijvingen als Excel-bestand (.xlsx) (organisator)")
    public Response participantsXlsx(@PathParam("id") UUID id) {
        String actor = coordinator();
        SessionView session = sessions.find(actor, id);
        return download(ParticipantExport.dutch().xlsx(registrations.exportRows(actor, id), session.title()),
                ParticipantExport.XLSX, ParticipantExport.fileName("deelnemers", session.title(), "xlsx"));
    }

    static Response download(byte[] content, String type, String fileName) {
        return Response.ok(content, type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** 429 with Retry-After, as an RFC 9457 problem. */
    static Response tooMany(long seconds, String path) {
        return Response.fromResponse(Problems.response(429, Problems.body(429, "Te veel pogingen",
                        "Te veel inschrijvingen vanaf hetzelfde adres. Probeer het over " + seconds + " seconden opnieuw.",
                        path).build()))
                .header("Retry-After", Long.toString(seconds)).build();
    }

    private String coordinator() {
        String actor = Callers.name(security);
        if (!security.isUserInRole("COORDINATOR") && !security.isUserInRole("ADMIN")) {
            throw new ForbiddenException("alleen voor coördinatoren en beheerders");
        }
        return actor;
    }

    private static Instant day(String name, String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).atStartOfDay(java.time.ZoneId.of("Europe/Brussels")).toInstant();
        }
        try {
            return LocalDate.parse(value.trim()).atStartOfDay(java.time.ZoneId.of("Europe/Brussels")).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + ": moet een datum zijn (jjjj-mm-dd)");
        }
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
