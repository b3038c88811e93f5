package be.draaischijf.web.api;

import be.draaischijf.network.api.PublicationDraft;
import be.draaischijf.network.api.PublicationView;
import be.draaischijf.network.api.Publications;
import be.draaischijf.platform.refusal.NotFound;
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
 * /api/publications: the network's publications (ADR 0047). Reading is public (the ones for professionals only with a
 * login: without one they do not exist); publishing, changing, uploading the PDF and withdrawing is for coordinators
 * and administrators (web.xml asks for a login, the network module for the role).
 */
@Path("publications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publicaties", description = "Documenten die het netwerk publiceert (eindrapport, jaarverslagen, beleidsnota's):"
        + " openbaar of voor professionals die ingelogd zijn")
public class PublicationsResource {

    @EJB
    Publications publications;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "De publicaties die de aanvrager mag lezen, de nieuwste eerst, per pagina (offset, size tot 100):"
            + " zonder login de openbare, met login ook die voor professionals; coördinatoren en beheerders ook die nog zonder"
            + " bestand. X-Total-Count geeft het totaal")
    @APIResponse(responseCode = "200", description = "Eén pagina publicaties",
            headers = @Header(name = "X-Total-Count", description = "Aantal publicaties over alle pagina's",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PublicationEntry.class)))
    @APIResponse(responseCode = "400", description = "Een ongeldige offset of size",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "de eerste rij, vanaf 0") @QueryParam("offset") String offset,
                         @Parameter(description = "rijen per pagina, 1 tot 100 (20)") @QueryParam("size") String size) {
        List<PublicationEntry> page = publications.list(QueryParams.offset(offset), QueryParams.size(size, 20, 100)).stream()
                .map(view -> PublicationEntry.of(view, uri)).toList();
        return Response.ok(page).header("X-Total-Count", publications.count()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén publicatie, als de aanvrager ze mag lezen")
    @APIResponse(responseCode = "200", description = "De publicatie",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicationEntry.class)))
    @APIResponse(responseCode = "404", description = "Geen publicatie met dit id die de aanvrager mag lezen",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PublicationEntry get(@PathParam("id") UUID id) {
        return PublicationEntry.of(publications.find(id).orElseThrow(() -> new NotFound("network.publication.unknown")), uri);
    }

    @GET
    @Path("{id}/file")
    @Produces(PdfDownloads.PDF)
    @Operation(summary = "Het PDF-bestand van een publicatie die de aanvrager mag lezen, om te bewaren")
    @APIResponse(responseCode = "200", description = "Het bestand (application/pdf)",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"….pdf\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = PdfDownloads.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "Geen publicatie met dit id die de aanvrager mag lezen, of nog zonder bestand",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response file(@PathParam("id") UUID id) {
        return PdfDownloads.of(publications.file(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een nieuwe publicatie (coördinatoren, beheerders): {title, publishedOn, summary, audience: PUBLIC of"
            + " PROFESSIONALS}. Het bestand volgt met PUT /api/publications/{id}/file; tot dan zien alleen coördinatoren en"
            + " beheerders ze")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublicationDraft.class)))
    @APIResponse(responseCode = "201", description = "De nieuwe publicatie",
            headers = @Header(name = "Location", description = "/api/publications/{id}", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicationEntry.class)))
    @APIResponse(responseCode = "400", description = "Een verplicht veld ontbreekt of is te lang (per veld in errors)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    public Response create(PublicationDraft draft) {
        PublicationView created = publications.create(Bodies.required(draft), null);
        return Response.created(uri.getBaseUriBuilder().path("publications").path(created.id().toString()).build())
                .entity(PublicationEntry.of(created, uri)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een publicatie wijzigen (coördinatoren, beheerders), met de gelezen versie ({version, title, ...});"
            + " het bestand blijft")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublicationDraft.class)))
    @APIResponse(responseCode = "200", description = "De publicatie zoals ze nu is",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicationEntry.class)))
    @APIResponse(responseCode = "400", description = "Een verplicht veld ontbreekt of is te lang (per veld in errors)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    @APIResponse(responseCode = "404", description = "Geen publicatie met dit id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Intussen gewijzigd",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PublicationEntry update(@PathParam("id") UUID id, PublicationDraft draft) {
        return PublicationEntry.of(publications.update(id, Bodies.required(draft), null), uri);
    }

    @PUT
    @Path("{id}/file")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Het PDF-bestand van een publicatie opladen of vervangen (coördinatoren, beheerders): de inhoud als"
            + " body (Content-Type: application/pdf), hoogstens 20 MB. Of het een PDF is, hangt af van de inhoud (%PDF-), niet"
            + " van de naam of het opgegeven type")
    @RequestBody(required = true, content = @Content(mediaType = PdfDownloads.PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "De publicatie met haar bestand",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicationEntry.class)))
    @APIResponse(responseCode = "400", description = "Geen bestand, geen PDF of groter dan 20 MB (in errors, veld file)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    @APIResponse(responseCode = "404", description = "Geen publicatie met dit id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PublicationEntry replaceFile(@PathParam("id") UUID id,
                                        @Parameter(description = "de naam van het bestand, bv. jaarverslag-2025.pdf")
                                        @QueryParam("fileName") String fileName, InputStream body) {
        return PublicationEntry.of(publications.replaceFile(id, PdfDownloads.upload(body, fileName)), uri);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Een publicatie intrekken (coördinatoren, beheerders): ze en haar bestand verdwijnen")
    @APIResponse(responseCode = "204", description = "Ingetrokken")
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    @APIResponse(responseCode = "404", description = "Geen publicatie met dit id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@PathParam("id") UUID id) {
        publications.withdraw(id);
        return Response.noContent().build();
    }
}
