package be.draaischijf.web.api;

import be.draaischijf.partner.api.EditableOrganisation;
import be.draaischijf.partner.api.OfferDraft;
import be.draaischijf.partner.api.OfferView;
import be.draaischijf.partner.api.Offers;
import be.draaischijf.partner.api.OrganisationDraft;
import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.Organisations;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/organisations: keeping the directory (web.xml lets coordinators and administrators in; partner
 * staff only for their own organisation, which the partner module checks).
 */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisaties beheren", description = "Organisaties en hun aanbod bijhouden en importeren")
public class OrganisationsResource {

    @EJB
    Organisations organisations;

    @EJB
    Offers offers;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Alle organisaties, ook niet-actieve, op naam, per pagina; X-Total-Count geeft het totaal (coördinatoren, beheerders)")
    public Response list(@QueryParam("offset") @DefaultValue("0") int offset,
                         @QueryParam("size") @DefaultValue("50") int size) {
        // partner staff may keep their own organisation, not read the whole list with inactive ones
        Callers.coordinator(security);
        List<OrganisationView> page = organisations.listAll(offset, size);
        return Response.ok(page).header("X-Total-Count", organisations.countAll()).build();
    }

    @GET
    @Path("{id}/edit")
    @Operation(summary = "Een organisatie om te bewerken, met haar versie (partners: alleen de eigen)")
    public EditableOrganisation forEditing(@PathParam("id") UUID id) {
        return organisations.forEditing(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een nieuwe organisatie (coördinatoren, beheerders); 409 als de naam al bestaat")
    public Response create(OrganisationDraft draft) {
        OrganisationView created = organisations.create(required(draft));
        return Response.created(uri.getBaseUriBuilder().path("partners").path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een organisatie wijzigen (partners: alleen de eigen); 409 als ze intussen wijzigde")
    public OrganisationView update(@PathParam("id") UUID id, OrganisationDraft draft) {
        return organisations.update(id, required(draft));
    }

    @POST
    @Path("{id}/offers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Nieuw aanbod van een organisatie (partners: alleen voor de eigen)")
    public Response createOffer(@PathParam("id") UUID id, OfferDraft draft) {
        if (draft == null) {
            throw new BadInput("body", "api.input.body");
        }
        OfferView created = offers.create(id, draft);
        return Response.created(uri.getBaseUriBuilder().path("offers").path(created.id().toString()).build())
                .entity(created).build();
    }

    private static OrganisationDraft required(OrganisationDraft draft) {
        if (draft == null) {
            throw new BadInput("body", "api.input.body");
        }
        return draft;
    }
}
