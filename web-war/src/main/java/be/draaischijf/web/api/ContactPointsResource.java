package be.draaischijf.web.api;

import be.draaischijf.identity.api.AccountFilter;
import be.draaischijf.identity.api.Role;
import be.draaischijf.identity.api.StaffAccounts;
import be.draaischijf.referral.api.ContactPointDraft;
import be.draaischijf.referral.api.ContactPointView;
import be.draaischijf.referral.api.ContactPoints;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/contact-points: the network's contact points. The list is public (web.xml: only POST on it needs an
 * administrator); one contact point with its coordinators, and every change, is for administrators.
 */
@Path("contact-points")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contactpunten", description = "Het Centraal Meldpunt en de lokale aanspreekpunten")
public class ContactPointsResource {

    @EJB
    ContactPoints contactPoints;

    @EJB
    StaffAccounts accounts;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Alle contactpunten (iedereen): naam, adres, telefoon, e-mail, openingsuren, districten; het"
            + " stadsbrede eerst")
    @APIResponse(responseCode = "200", description = "De contactpunten",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ContactPointView.class)))
    public List<ContactPointView> list() {
        return contactPoints.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén contactpunt met zijn versie en zijn coördinatoren (beheerders)")
    @APIResponse(responseCode = "200", description = "Het contactpunt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactPointDetail.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "404", description = "Geen contactpunt met dit id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ContactPointDetail get(@PathParam("id") UUID id) {
        return detail(contactPoints.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een nieuw contactpunt (beheerders): {name, address, phone, email, hours: [{day, opens, closes}],"
            + " districts, descriptionNl, descriptionEn}")
    @APIResponse(responseCode = "201", description = "Het nieuwe contactpunt",
            headers = @Header(name = "Location", description = "/api/contact-points/{id}", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactPointDetail.class)))
    @APIResponse(responseCode = "400", description = "Een verplicht veld ontbreekt, een onbekend district of een district dat al"
            + " bij een ander contactpunt hoort, twee periodes op één dag",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    public Response create(ContactPointDraft draft) {
        ContactPointView created = contactPoints.create(Bodies.required(draft));
        return Response.created(uri.getBaseUriBuilder().path("contact-points").path(created.id().toString()).build())
                .entity(detail(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een contactpunt wijzigen (beheerders), met de gelezen versie ({version, name, ...})")
    @APIResponse(responseCode = "200", description = "Het contactpunt zoals het nu is",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactPointDetail.class)))
    @APIResponse(responseCode = "400", description = "Een verplicht veld ontbreekt, een onbekend district of een district dat al"
            + " bij een ander contactpunt hoort, twee periodes op één dag",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "409", description = "Intussen gewijzigd",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ContactPointDetail update(@PathParam("id") UUID id, ContactPointDraft draft) {
        return detail(contactPoints.update(id, Bodies.required(draft)));
    }

    private ContactPointDetail detail(ContactPointView point) {
        return ContactPointDetail.of(point, accounts.list(
                new AccountFilter(null, Role.COORDINATOR, null, point.id(), null, false), 0, 500));
    }
}
