package be.draaischijf.web.api;

import be.draaischijf.partner.api.AgreementDraft;
import be.draaischijf.partner.api.AgreementView;
import be.draaischijf.partner.api.CooperationAgreements;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.io.InputStream;
import java.util.List;
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
 * /api/agreements: cooperation agreements (ADR 0047), for coordinators and administrators (web.xml asks for a login,
 * the partner module for the role). A partner's agreements in force are public on its page, not here.
 */
@Path("agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Samenwerkingsverbanden", description = "Samenwerkingsverbanden tussen het netwerk en partnerorganisaties of"
        + " tussen partners, met hun ondertekend document (coördinatoren, beheerders)")
public class AgreementsResource {

    @EJB
    CooperationAgreements agreements;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Alle samenwerkingsverbanden, per pagina (offset, size tot 500): eerst de actieve die binnen drie"
            + " maanden aflopen (endingSoon, de vroegste eerst), dan de andere actieve, de ontwerpen en de beëindigde."
            + " X-Total-Count geeft het totaal. status is de stand van vandaag: een actief verband voorbij zijn einddatum is ENDED")
    @APIResponse(responseCode = "200", description = "Eén pagina samenwerkingsverbanden",
            headers = @Header(name = "X-Total-Count", description = "Aantal samenwerkingsverbanden over alle pagina's",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "Een ongeldige offset of size",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    public Response list(@Parameter(description = "de eerste rij, vanaf 0") @QueryParam("offset") String offset,
                         @Parameter(description = "rijen per pagina, 1 tot 500 (50)") @QueryParam("size") String size) {
        Callers.coordinator(security);
        List<AgreementView> page = agreements.list(QueryParams.offset(offset), QueryParams.size(size, 50, 500));
        return Response.ok(page).header("X-Total-Count", agreements.count()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén samenwerkingsverband met de contactpersonen van de partijen en zijn versie")
    @APIResponse(responseCode = "200", description = "Het samenwerkingsverband",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    @APIResponse(responseCode = "404", description = "Geen samenwerkingsverband met dit id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgreementView get(@PathParam("id") UUID id) {
        Callers.coordinator(security);
        return agreements.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een nieuw samenwerkingsverband: {parties: [{organisationId (leeg: het netwerk zelf), contactName,"
            + " contactEmail, contactPhone}], purpose, startsOn, endsOn, status: DRAFT, ACTIVE of ENDED}. Twee tot tien"
            + " partijen, elk één keer; de einddatum na de begindatum")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AgreementDraft.class)))
    @APIResponse(responseCode = "201", description = "Het nieuwe samenwerkingsverband",
            headers = @Header(name = "Location", description = "/api/agreements/{id}", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer, per veld in errors: een ontbrekend veld, een einddatum"
            + " niet na de begindatum, een partij twee keer of onbekend, actief terwijl de einddatum voorbij is",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    public Response create(AgreementDraft draft) {
        Callers.coordinator(security);
        AgreementView created = agreements.create(Bodies.required(draft));
        return Response.created(uri.getBaseUriBuilder().path("agreements").path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een samenwerkingsverband wijzigen, met de gelezen versie ({version, parties, ...}); de status gaat"
            + " alleen vooruit (ontwerp, actief, beëindigd); een nieuwe einddatum krijgt een nieuwe herinnering")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AgreementDraft.class)))
    @APIResponse(responseCode = "200", description = "Het samenwerkingsverband zoals het nu is",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "Ongeldige invoer, per veld in errors, of een status die niet meer kan",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    @APIResponse(responseCode = "404", description = "Geen samenwerkingsverband met dit id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Intussen gewijzigd",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgreementView update(@PathParam("id") UUID id, AgreementDraft draft) {
        Callers.coordinator(security);
        return agreements.update(id, Bodies.required(draft));
    }

    @PUT
    @Path("{id}/document")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Het ondertekende document opladen of vervangen: de PDF als body (Content-Type: application/pdf),"
            + " hoogstens 20 MB; of het een PDF is, hangt af van de inhoud (%PDF-)")
    @RequestBody(required = true, content = @Content(mediaType = PdfDownloads.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "Het samenwerkingsverband met zijn document",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "Geen bestand, geen PDF of groter dan 20 MB (in errors, veld document)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    @APIResponse(responseCode = "404", description = "Geen samenwerkingsverband met dit id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgreementView attachDocument(@PathParam("id") UUID id,
                                        @Parameter(description = "de naam van het bestand, bv. overeenkomst-2026.pdf")
                                        @QueryParam("fileName") String fileName, InputStream body) {
        Callers.coordinator(security);
        return agreements.attachDocument(id, PdfDownloads.upload(body, fileName));
    }

    @GET
    @Path("{id}/document")
    @Produces(PdfDownloads.PDF)
    @Operation(summary = "Het ondertekende document, om te bewaren")
    @APIResponse(responseCode = "200", description = "Het document (application/pdf)",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"….pdf\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = PdfDownloads.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    @APIResponse(responseCode = "404", description = "Geen samenwerkingsverband met dit id, of nog zonder document",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response document(@PathParam("id") UUID id) {
        Callers.coordinator(security);
        return PdfDownloads.of(agreements.document(id));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Een ontwerp verwijderen dat niet ondertekend wordt; een actief of beëindigd samenwerkingsverband blijft"
            + " (409, reason NOT_A_DRAFT: beëindig het)")
    @APIResponse(responseCode = "204", description = "Verwijderd")
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    @APIResponse(responseCode = "404", description = "Geen samenwerkingsverband met dit id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Geen ontwerp: beëindig het in plaats van het te verwijderen",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") UUID id) {
        Callers.coordinator(security);
        agreements.delete(id);
        return Response.noContent().build();
    }
}
