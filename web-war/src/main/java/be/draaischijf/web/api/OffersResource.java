package be.draaischijf.web.api;

import be.draaischijf.partner.api.Access;
import be.draaischijf.partner.api.EditableOffer;
import be.draaischijf.partner.api.MatchRequest;
import be.draaischijf.partner.api.OfferDraft;
import be.draaischijf.partner.api.OfferMatch;
import be.draaischijf.partner.api.OfferQuery;
import be.draaischijf.partner.api.OfferView;
import be.draaischijf.partner.api.OfferReminders;
import be.draaischijf.partner.api.Offers;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.partner.api.ReferenceLists;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/offers: the public offer search and detail; /api/offers/matches: offers ranked for a young person. */
@Path("offers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aanbod")
public class OffersResource {

    @EJB
    Offers offers;

    @EJB
    OfferReminders reminders;

    @Context
    SecurityContext security;

    @EJB
    ReferenceLists referenceLists;

    @GET
    @Operation(summary = "Actief aanbod dat aan elke opgegeven filter voldoet, op naam, per pagina; X-Total-Count geeft het totaal")
    public Response search(@QueryParam("q") String text, @QueryParam("problemArea") String problemArea,
                           @QueryParam("age") String age, @QueryParam("district") String district,
                           @QueryParam("sector") String sector, @QueryParam("access") String access,
                           @QueryParam("language") String language,
                           @QueryParam("offset") @DefaultValue("0") int offset,
                           @QueryParam("size") @DefaultValue("50") int size) {
        OfferQuery query = new OfferQuery(text, problemArea, QueryParams.integer("age", age), district,
                QueryParams.code(referenceLists.items(ReferenceList.SECTOR), "sector", sector),
                QueryParams.enumValue(Access.class, "access", access), language);
        List<OfferView> page = offers.search(query, offset, size);
        return Response.ok(page).header("X-Total-Count", offers.count(query)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén aanbod met hoe aan te melden")
    public OfferView find(@PathParam("id") UUID id) {
        return offers.find(id).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id}/edit")
    @Operation(summary = "Een aanbod om te bewerken, met zijn versie (alleen eigen aanbod voor partners)")
    public EditableOffer forEditing(@PathParam("id") UUID id) {
        return offers.forEditing(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een aanbod wijzigen (partners: alleen eigen aanbod); 409 als het intussen wijzigde")
    public OfferView update(@PathParam("id") UUID id, OfferDraft draft) {
        if (draft == null) {
            throw new BadInput("body", "api.input.body");
        }
        return offers.update(id, draft);
    }

    @POST
    @Path("reminders")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stuurt nu de herinneringen voor aanbod dat niet recent bevestigd is (beheerders; gebeurt ook elke ochtend)")
    public jakarta.json.JsonObject sendReminders() {
        return jakarta.json.Json.createObjectBuilder().add("mailsSent", reminders.sendDue()).build();
    }

    @GET
    @Path("matches")
    @Operation(summary = "Aanbod dat deze jongere kan opnemen, best passend eerst, met de redenen")
    public List<OfferMatch> match(@QueryParam("age") String age, @QueryParam("district") String district,
                                  @QueryParam("problemArea") List<String> problemAreas,
                                  @QueryParam("language") String language,
                                  @QueryParam("limit") @DefaultValue("20") int limit) {
        return offers.match(new MatchRequest(QueryParams.integer("age", age), district, Set.copyOf(problemAreas),
                language), limit);
    }
}
