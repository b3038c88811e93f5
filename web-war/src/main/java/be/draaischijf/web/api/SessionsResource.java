package be.draaischijf.web.api;

import be.draaischijf.identity.api.Roles;
import be.draaischijf.training.api.SessionDraft;
import be.draaischijf.training.api.SessionKind;
import be.draaischijf.training.api.SessionSummary;
import be.draaischijf.training.api.SessionView;
import be.draaischijf.training.api.TrainingSessions;
import be.draaischijf.platform.refusal.NotFound;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
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
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
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
 * /api/sessions: trainings and info sessions. Reading published sessions and their .ics need no account; creating
 * and changing them is for coordinators and administrators (401 without an account, 403 for other roles; web.xml
 * guards POST /api/sessions and PUT, this class the rest). Registrations: {@link SessionRegistrationsResource};
 * the organiser's downloads: {@link ParticipantExportsResource}.
 */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vormingen", description = "Vormingen en infosessies, inschrijvingen en wachtlijst")
public class SessionsResource {

    static final String CALENDAR = "text/calendar; charset=UTF-8";

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** A theme code, as {@link SessionDraft} allows them. */
    private static final Pattern THEME = Pattern.compile("[A-Z0-9_]{1,40}");
    /** A day as the API takes it: four-digit years only, so that no date beyond what the database keeps gets in. */
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @EJB
    TrainingSessions sessions;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Gepubliceerde vormingen en infosessies die nog niet voorbij zijn (een sessie die loopt wel) en"
            + " eindigen na een datum (standaard vandaag), de eerste eerst, per pagina; X-Total-Count geeft het totaal."
            + " Coördinatoren met all=true: alle sessies, ook ontwerpen en voorbije, de laatste eerst")
    @APIResponse(responseCode = "200", description = "Eén pagina sessies",
            headers = @Header(name = "X-Total-Count", description = "Aantal sessies over alle pagina's",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SessionSummary.class)))
    @APIResponse(responseCode = "400", description = "Een parameter is ongeldig (offset negatief, size niet tussen 1 en"
            + " 500, onbekende kind, ongeldige themacode of datum)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "all=true zonder aanmelding",
            headers = @Header(name = "WWW-Authenticate", description = "Basic realm=\"Draaischijf\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "all=true voor wie geen coördinator of beheerder is",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "eerste rij, vanaf 0 (standaard 0)") @QueryParam("offset") String offset,
            @Parameter(description = "rijen per pagina, 1 tot 500 (standaard 50)") @QueryParam("size") String size,
            @Parameter(description = "TRAINING, INFO_SESSION of INTERVISION") @QueryParam("kind") String kind,
            @Parameter(description = "themacode, bv. DROPOUT") @QueryParam("theme") String theme,
            @Parameter(description = "vanaf deze dag (jjjj-mm-dd), standaard vandaag") @QueryParam("from") String from,
            @Parameter(description = "true: alle sessies, ook ontwerpen (coördinatoren)") @QueryParam("all") String all) {
        int first = QueryParams.offset(offset);
        int pageSize = QueryParams.size(size, 50, 500);
        if ("true".equalsIgnoreCase(all)) {
            Callers.coordinator(security);
            return Response.ok(sessions.list(first, pageSize)).header("X-Total-Count", sessions.count()).build();
        }
        Instant start = day("from", from);
        SessionKind wanted = QueryParams.enumValue(SessionKind.class, "kind", kind);
        String themeCode = theme(theme);
        List<SessionSummary> page = sessions.upcomingPublished(start, wanted, themeCode, first, pageSize);
        return Response.ok(page).header("X-Total-Count", sessions.countUpcomingPublished(start, wanted, themeCode))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén sessie met data, plaats, vrije plaatsen en of inschrijven nu kan; ontwerpen en voorbije"
            + " sessies alleen voor coördinatoren")
    @APIResponse(responseCode = "200", description = "De sessie, met haar versie",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "404", description = "Geen gepubliceerde of geannuleerde sessie die nog niet voorbij is met dit"
            + " id, of geen geldig id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SessionView find(@PathParam("id") UUID id) {
        return sessions.findPublic(id).orElseGet(() -> {
            if (security.isUserInRole(Roles.COORDINATOR) || security.isUserInRole(Roles.ADMIN)) {
                return sessions.find(id);
            }
            throw new NotFound("training.session.unknown");
        });
    }

    @GET
    @Path("{id}.ics")
    @Produces({CALENDAR, MediaType.WILDCARD})
    @Operation(summary = "Eén sessie als iCalendar-bestand (.ics) om in je agenda te zetten")
    @APIResponse(responseCode = "200", description = "Het .ics-bestand, één afspraak per dag",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"….ics\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "Geen gepubliceerde of geannuleerde sessie die nog niet voorbij is met dit id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response ics(@PathParam("id") UUID id) {
        return Response.ok(sessions.sessionIcs(id), CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"" + sessions.sessionIcsFileName(id) + "\"")
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een nieuwe sessie als ontwerp (coördinatoren, beheerders); 201 met de sessie en haar versie")
    @RequestBody(required = true, description = "De sessie (version 0). dates: één of meer dagen in Brussels tijd"
            + " ({day, startsAt, endsAt}; uid weglaten voor een nieuwe dag); een locatie (venueName) of een onlineLink;"
            + " capacity 1 tot 10000; registrationOpens/-Closes leeg = open zodra gepubliceerd, tot de start",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionDraft.class)))
    @APIResponse(responseCode = "201", description = "Het ontwerp",
            headers = @Header(name = "Location", description = "/api/sessions/{id} van de nieuwe sessie", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer, per veld in errors; geen of geen geldige JSON",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    public Response create(SessionDraft draft) {
        SessionView created = sessions.create(Bodies.required(draft));
        return Response.created(uri.getBaseUriBuilder().path("sessions").path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een sessie wijzigen met de versie die je las (coördinatoren); een hogere capaciteit geeft"
            + " wachtenden een plaats; 409 als ze intussen wijzigde")
    @RequestBody(required = true, description = "De sessie zoals bij aanmaken, met de version die je las; stuur per"
            + " bestaande dag haar uid terug zodat agenda's die dag bijwerken in plaats van een nieuwe toe te voegen",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionDraft.class)))
    @APIResponse(responseCode = "200", description = "De gewijzigde sessie, met haar nieuwe versie",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer (ook een capaciteit onder het aantal bevestigde"
            + " inschrijvingen), per veld in errors",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    @APIResponse(responseCode = "404", ref = RestApplication.NO_SUCH_SESSION)
    @APIResponse(responseCode = "409", description = "Iemand anders wijzigde de sessie intussen, of ze kan niet meer"
            + " gewijzigd worden; niets bewaard",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", ref = RestApplication.BUSY)
    public SessionView update(@PathParam("id") UUID id, SessionDraft draft) {
        return sessions.update(id, Bodies.required(draft));
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een ontwerp publiceren ({version}): ze verschijnt in de kalender en de feed")
    @RequestBody(required = true, description = "De versie die je las",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionStatusChange.class)))
    @APIResponse(responseCode = "200", description = "De gepubliceerde sessie",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", description = "Geen version",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    @APIResponse(responseCode = "404", ref = RestApplication.NO_SUCH_SESSION)
    @APIResponse(responseCode = "409", description = "Intussen gewijzigd, geen ontwerp meer, of de eerste dag is voorbij",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SessionView publish(@PathParam("id") UUID id, SessionStatusChange change) {
        Callers.coordinator(security);
        return sessions.publish(id, Bodies.version(Bodies.required(change).version()));
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een sessie annuleren ({version, reason}): iedereen die ingeschreven is of wacht krijgt een e-mail")
    @RequestBody(required = true, description = "De versie die je las en de reden (staat in de e-mail)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionStatusChange.class)))
    @APIResponse(responseCode = "200", description = "De geannuleerde sessie",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", description = "Geen version, of een reden langer dan 1000 tekens",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    @APIResponse(responseCode = "404", ref = RestApplication.NO_SUCH_SESSION)
    @APIResponse(responseCode = "409", description = "Intussen gewijzigd, of al geannuleerd of voorbij",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", ref = RestApplication.BUSY)
    public SessionView cancel(@PathParam("id") UUID id, SessionStatusChange change) {
        Callers.coordinator(security);
        SessionStatusChange body = Bodies.required(change);
        return sessions.cancel(id, Bodies.version(body.version()), body.reason());
    }

    @POST
    @Path("{id}/duplicate")
    @Operation(summary = "Een kopie als nieuw ontwerp, zonder inschrijvingen; 201 met de kopie")
    @APIResponse(responseCode = "201", description = "De kopie, een ontwerp",
            headers = @Header(name = "Location", description = "/api/sessions/{id} van de kopie", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    @APIResponse(responseCode = "404", ref = RestApplication.NO_SUCH_SESSION)
    public Response duplicate(@PathParam("id") UUID id) {
        SessionView copy = sessions.duplicate(id);
        return Response.created(uri.getBaseUriBuilder().path("sessions").path(copy.id().toString()).build())
                .entity(copy).build();
    }

    /** Start of that day in Brussels; today when absent; a 400 naming the parameter when it is no date. */
    static Instant day(String name, String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(BRUSSELS).atStartOfDay(BRUSSELS).toInstant();
        }
        String text = value.trim();
        try {
            if (DAY.matcher(text).matches()) {
                return LocalDate.parse(text).atStartOfDay(BRUSSELS).toInstant();
            }
        } catch (DateTimeParseException e) {
            // as below
        }
        throw new BadInput(name, "api.input.date");
    }

    /** The theme code asked for (upper case), null for all; a 400 when it cannot be a theme code. */
    static String theme(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = text.trim().toUpperCase(Locale.ROOT);
        if (!THEME.matcher(code).matches()) {
            throw new BadInput("theme", "api.input.theme");
        }
        return code;
    }
}
