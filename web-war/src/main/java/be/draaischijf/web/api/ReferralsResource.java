package be.draaischijf.web.api;

import be.draaischijf.identity.api.Roles;
import be.draaischijf.partner.api.OfferMatch;
import be.draaischijf.referral.api.AgeBand;
import be.draaischijf.referral.api.AuditEntry;
import be.draaischijf.referral.api.CaseConferences;
import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.referral.api.CaseFilter;
import be.draaischijf.referral.api.CaseSort;
import be.draaischijf.referral.api.ConferenceView;
import be.draaischijf.referral.api.Intake;
import be.draaischijf.referral.api.IntakeReceipt;
import be.draaischijf.referral.api.OfferReferralStatus;
import be.draaischijf.referral.api.OfferReferralView;
import be.draaischijf.referral.api.ReferralCases;
import be.draaischijf.referral.api.ReferralStatus;
import be.draaischijf.referral.api.ReferralSummary;
import be.draaischijf.referral.api.Urgency;
import be.draaischijf.web.security.AccountLimits;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/referrals: the intake point's cases. Any logged-in user may call it (web.xml); the referral module
 * decides what the caller sees and may change: coordinators every case, administrators one case only after opening it
 * with a written reason ({@link BreakGlassResource}, ADR 0042; before, 403), professionals only the cases they
 * submitted, partner staff none (they use /api/offer-referrals). Out of scope is 404.
 */
@Path("referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dossiers", description = "Aanmeldingen en dossiers van het Centraal Meldpunt")
public class ReferralsResource {

    private static final int MATCHES = 10;

    @EJB
    ReferralCases cases;

    @EJB
    CaseConferences conferences;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    @Inject
    AccountLimits limits;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een nieuwe aanmelding over een jongere (professionals; coördinatoren na telefoon of e-mail);"
            + " de aanmelder krijgt een bevestiging per e-mail. 201 met het dossier in het kort. Met een Idempotency-Key"
            + " mag wie geen antwoord kreeg dezelfde aanvraag opnieuw sturen: dezelfde sleutel met dezelfde aanmelding"
            + " geeft hetzelfde dossier terug (Idempotent-Replayed: true), zonder tweede dossier of e-mail")
    @APIResponse(responseCode = "201", description = "Het dossier in het kort; bij een herhaling met dezelfde"
            + " Idempotency-Key het dossier dat de eerste aanvraag maakte",
            headers = {
                    @Header(name = "Location", description = "/api/referrals/{id}: het dossier",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = IdempotencyKeys.REPLAYED, description = "true wanneer dit het antwoord op een"
                            + " herhaling is: niets nieuws gemaakt of gemaild; ontbreekt bij de eerste keer",
                            schema = @Schema(type = SchemaType.STRING, enumeration = "true"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReferralSummary.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer, per veld in errors; of een ongeldige"
            + " Idempotency-Key (de uitleg noemt de header); niets bewaard",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Deze Idempotency-Key werd al gebruikt voor een andere aanmelding;"
            + " niets gedaan of bewaard",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", ref = RestApplication.TOO_MANY)
    public Response submit(
            @Parameter(description = "Optioneel: een sleutel die de client voor deze aanvraag kiest (1 tot 255 zichtbare"
                    + " ASCII-tekens, bv. een UUID), om na een verbroken verbinding veilig opnieuw te kunnen sturen; geldt"
                    + " per gebruiker, zolang het dossier wie aanmeldde bewaart",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 255, pattern = IdempotencyKeys.PATTERN),
                    example = "8e03978e-40d5-43e8-bc93-6894a57f9324")
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            Intake intake) {
        // the per-address limit first, as before: a retry counts as an attempt (it is one, from that address)
        OptionalLong wait = limits.admitIntake(request);
        if (wait.isPresent()) {
            return Problems.tooMany(Problems.language(request), wait.getAsLong(), uri.getPath());
        }
        String key = IdempotencyKeys.of(idempotencyKey, request);
        IntakeReceipt receipt = cases.submit(Bodies.required(intake), key);
        return IdempotencyKeys.marked(Response.created(caseUri(receipt.summary().id())).entity(receipt.summary()),
                receipt.replayed()).build();
    }

    @GET
    @Operation(summary = "Dossiers die de aanvrager mag zien, per pagina; X-Total-Count geeft het totaal."
            + " Coördinatoren: alle dossiers met filters, zoeken en sortering, met de naam van de jongere"
            + " (elk getoond dossier komt in zijn auditlog); beheerders: 403; professionals: alleen hun eigen"
            + " aanmeldingen, nieuwste eerst (filters gelden dan niet); partners: 403")
    public Response list(
            @Parameter(description = "eerste rij, vanaf 0") @QueryParam("offset") String offset,
            @Parameter(description = "rijen per pagina, 1 tot 500 (standaard 50)") @QueryParam("size") String size,
            @Parameter(description = "status, bv. NEW of IN_ANALYSIS") @QueryParam("status") String status,
            @Parameter(description = "gebruikersnaam van de coördinator, of 'me' voor de eigen dossiers")
            @QueryParam("coordinator") String coordinator,
            @Parameter(description = "wijkcode, bv. KIEL") @QueryParam("district") String district,
            @Parameter(description = "id van een contactpunt: alleen zijn dossiers") @QueryParam("contactPointId") String contactPoint,
            @Parameter(description = "code van een probleemgebied") @QueryParam("problemArea") String problemArea,
            @Parameter(description = "LOW, NORMAL of HIGH") @QueryParam("urgency") String urgency,
            @Parameter(description = "UNDER_12, FROM_12_TO_15, FROM_16_TO_17 of FROM_18_TO_25") @QueryParam("ageBand") String ageBand,
            @Parameter(description = "true: alleen open dossiers waarvan de opvolgdatum voorbij is") @QueryParam("overdue") String overdue,
            @Parameter(description = "true: alleen dossiers die niet afgesloten zijn") @QueryParam("open") String open,
            @Parameter(description = "zoektekst, hoogstens 100 tekens: een kenmerk (DS-2026-0001, hoofdletters of niet) vindt dat"
                    + " dossier, een datum (14/3/2010, 14/03/2010 of 2010-03-14) de jongeren met die geboortedatum, andere"
                    + " tekst de jongeren in wier voor- of achternaam hij staat") @QueryParam("q") String query,
            @Parameter(description = "OVERDUE_FIRST (standaard), RECEIVED, FOLLOW_UP of REFERENCE")
            @QueryParam("sort") String sort,
            @Parameter(description = "true (standaard) oplopend, false aflopend") @QueryParam("asc") String ascending) {
        int from = orDefault(QueryParams.integer("offset", offset), 0);
        int pageSize = orDefault(QueryParams.integer("size", size), 50);
        if (security.isUserInRole(Roles.COORDINATOR) || security.isUserInRole(Roles.ADMIN)) {
            CaseFilter filter = new CaseFilter(
                    QueryParams.enumValue(ReferralStatus.class, "status", status),
                    "me".equals(coordinator) ? security.getUserPrincipal().getName() : blankToNull(coordinator),
                    blankToNull(district), QueryParams.uuid("contactPointId", contactPoint),
                    blankToNull(problemArea),
                    QueryParams.enumValue(Urgency.class, "urgency", urgency),
                    QueryParams.enumValue(AgeBand.class, "ageBand", ageBand),
                    bool("overdue", overdue, false),
                    bool("open", open, false),
                    blankToNull(query));
            CaseSort order = QueryParams.enumValue(CaseSort.class, "sort", sort);
            List<ReferralSummary> page = cases.workbench(filter, order == null ? CaseSort.OVERDUE_FIRST : order,
                    bool("asc", ascending, true), from, pageSize);
            return Response.ok(page).header("X-Total-Count", cases.count(filter)).build();
        }
        if (security.isUserInRole(Roles.PROFESSIONAL)) {
            List<ReferralSummary> page = cases.submittedBy(from, pageSize);
            return Response.ok(page).header("X-Total-Count", cases.countSubmittedBy()).build();
        }
        throw new be.draaischijf.platform.refusal.NotPermitted("draaischijf.referrals.partners-elsewhere");
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén dossier zoals de aanvrager het mag zien, met zijn versie; het lezen wordt gelogd."
            + " 404 voor een onbekend dossier of een dossier buiten de eigen bevoegdheid; 403 voor een beheerder die het"
            + " niet eerst opende met een reden (POST /api/referrals/{id}/break-glass)")
    public CaseDetail open(@PathParam("id") UUID id) {
        return cases.open(id);
    }

    @GET
    @Path("{id}/audit")
    @Operation(summary = "Het auditlogboek van een dossier: wie het las of wijzigde en wanneer, nieuwste eerst"
            + " (coördinatoren, beheerders; een beheerder ook zonder het dossier te openen: het log bevat geen inhoud)")
    public List<AuditEntry> audit(@PathParam("id") UUID id) {
        return cases.audit(id);
    }

    @GET
    @Path("{id}/matches")
    @Operation(summary = "Aanbod dat bij de jongere van dit dossier past, best passend eerst, met de redenen"
            + " (coördinatoren, beheerders); het zoeken komt in het auditlogboek. 409 als de jongere ouder is dan 25"
            + " of het dossier geen probleemgebieden noemt")
    public List<OfferMatch> matches(@PathParam("id") UUID id) {
        return cases.matches(id, MATCHES);
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "De status van een dossier wijzigen ({version, to, outcome, note}); afsluiten (CLOSED) met een"
            + " uitkomst. 409 als de overgang niet toegestaan is of als het dossier intussen wijzigde")
    public CaseDetail changeStatus(@PathParam("id") UUID id, StatusChange change) {
        StatusChange body = Bodies.required(change);
        return cases.changeStatus(id, Bodies.version(body.version()), body.to(), body.outcome(), body.note());
    }

    @POST
    @Path("{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een coördinator toewijzen en de opvolgdatum zetten ({version, coordinator, followUpOn})")
    public CaseDetail assign(@PathParam("id") UUID id, Assignment assignment) {
        Assignment body = Bodies.required(assignment);
        return cases.assign(id, Bodies.version(body.version()), body.coordinator(), body.followUpOn());
    }

    @POST
    @Path("{id}/contact-point")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Het dossier doorgeven aan een ander contactpunt ({version, contactPointId}); de coördinatoren daar"
            + " krijgen een e-mail, de toewijzing vervalt")
    public CaseDetail passToContactPoint(@PathParam("id") UUID id, ContactPointChange change) {
        ContactPointChange body = Bodies.required(change);
        if (body.contactPointId() == null) {
            throw new BadInput("contactPointId", "api.input.required");
        }
        return cases.passToContactPoint(id, Bodies.version(body.version()), body.contactPointId());
    }

    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een notitie, telefoongesprek of e-mail aan de tijdlijn toevoegen ({kind: NOTE, CALL of EMAIL, text})")
    public CaseDetail addNote(@PathParam("id") UUID id, CaseNote note) {
        CaseNote body = Bodies.required(note);
        return cases.addNote(id, body.kind(), body.text());
    }

    @POST
    @Path("{id}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Toestemming na de aanmelding registreren of intrekken ({version, by: YOUNG_PERSON of PARENT,"
            + " given: true of false, on, method}; coördinatoren). De jongere zelf telt pas vanaf 12 jaar op die dag (400"
            + " met het veld by eronder). Een intrekking stopt elk verder delen op grond van toestemming: partners die de"
            + " gegevens zo kregen, zien nog alleen kenmerk en status; een nieuwe doorverwijzing vraagt dan een andere"
            + " rechtsgrond (sharing-ground). Geeft het dossier terug; 409 als het intussen wijzigde")
    public CaseDetail recordConsent(@PathParam("id") UUID id, CaseConsent consent) {
        CaseConsent body = Bodies.required(consent);
        return cases.recordConsent(id, Bodies.version(body.version()), body.change());
    }

    @POST
    @Path("{id}/sharing-ground")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "De rechtsgrond registreren om gegevens te delen zonder toestemming ({version, ground})")
    public CaseDetail recordSharingGround(@PathParam("id") UUID id, SharingGround ground) {
        SharingGround body = Bodies.required(ground);
        return cases.recordSharingGround(id, Bodies.version(body.version()), body.ground());
    }

    @POST
    @Path("{id}/offer-referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Doorverwijzen naar een aanbod ({version, offerId}): de partner krijgt een e-mail. 201 met het"
            + " dossier, Location wijst naar de doorverwijzing; 409 zonder toestemming of andere rechtsgrond")
    public Response refer(@PathParam("id") UUID id, OfferReferralProposal proposal) {
        OfferReferralProposal body = Bodies.required(proposal);
        if (body.offerId() == null) {
            throw new BadInput("offerId", "api.input.required");
        }
        CaseDetail detail = cases.refer(id, Bodies.version(body.version()), body.offerId());
        URI location = detail.offerReferrals().stream()
                .filter(referral -> body.offerId().equals(referral.offerId())
                        && referral.status() == OfferReferralStatus.PROPOSED)
                .max(Comparator.comparing(OfferReferralView::proposedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(referral -> uri.getBaseUriBuilder().path("offer-referrals").path(referral.id().toString()).build())
                .orElse(caseUri(id));
        return Response.created(location).entity(detail).build();
    }

    @POST
    @Path("{id}/unmet-needs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een onbeantwoorde hulpvraag registreren ({version, need: {problemArea, ageBand, district,"
            + " reason, waitingWeeks, note}}); het dossier gaat naar UNMET_NEED")
    public CaseDetail recordUnmetNeed(@PathParam("id") UUID id, UnmetNeedRecord record) {
        UnmetNeedRecord body = Bodies.required(record);
        return cases.recordUnmetNeed(id, Bodies.version(body.version()), body.need());
    }

    @POST
    @Path("{id}/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een dossier koppelen aan een ander dossier over dezelfde jongere ({other})")
    public CaseDetail link(@PathParam("id") UUID id, CaseLink link) {
        CaseLink body = Bodies.required(link);
        return cases.link(id, body.other());
    }

    @POST
    @Path("{id}/conferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een netwerkoverleg plannen ({version: de versie van het dossier, conference}); het dossier gaat"
            + " naar CASE_CONFERENCE. 201, Location wijst naar het overleg")
    public Response planConference(@PathParam("id") UUID id, ConferenceChange change) {
        ConferenceChange body = Bodies.required(change);
        ConferenceView planned = conferences.plan(id, Bodies.version(body.version()), body.conference());
        return Response.created(uri.getBaseUriBuilder().path("conferences").path(planned.id().toString()).build())
                .entity(planned).build();
    }

    private URI caseUri(UUID id) {
        return uri.getBaseUriBuilder().path("referrals").path(id.toString()).build();
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static boolean bool(String name, String value, boolean fallback) {
        Boolean given = QueryParams.bool(name, value);
        return given == null ? fallback : given;
    }
}
