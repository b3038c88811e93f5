package be.draaischijf.web.api;

import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceItemDraft;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.partner.api.ReferenceLists;
import be.draaischijf.platform.refusal.NotFound;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/reference-lists/{list}: the network's managed reference lists. Reading is public; adding and changing an entry
 * is for administrators (web.xml constrains POST and PUT; the partner module checks the role again).
 */
@Path("reference-lists/{list}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referentielijsten", description = "Districten, probleemgebieden, sectoren, vormingsthema's, overlegfora, redenen van weigering en thema's van signalen")
public class ReferenceListsResource {

    private static final String LISTS = "districts, problem-areas, sectors, session-themes, consultation-forums, decline-reasons,"
            + " signal-themes";

    @EJB
    ReferenceLists lists;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Alle codes van een lijst (iedereen), in de volgorde van de lijst, ook gedeactiveerde (active: false)")
    @APIResponse(responseCode = "200", description = "De codes met hun Nederlandse en Engelse omschrijving",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReferenceItem.class)))
    @APIResponse(responseCode = "404", description = "Geen lijst met deze naam",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ReferenceItem> list(@PathParam("list") @Parameter(description = LISTS) String list) {
        return lists.items(named(list));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een nieuwe code (beheerders): {code, labelNl, labelEn, active, position}; zonder position achteraan")
    @APIResponse(responseCode = "201", description = "De nieuwe code",
            headers = @Header(name = "Location", description = "/api/reference-lists/{list}/{code}", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferenceItem.class)))
    @APIResponse(responseCode = "400", description = "Een verplicht veld ontbreekt, de code heeft niet de juiste vorm of staat al op de lijst",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "404", description = "Geen lijst met deze naam",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@PathParam("list") @Parameter(description = LISTS) String list, ReferenceItemDraft draft) {
        ReferenceList named = named(list);
        ReferenceItem added = lists.add(named, Bodies.required(draft));
        return Response.created(uri.getBaseUriBuilder().path("reference-lists").path(named.path()).path(added.code()).build())
                .entity(added).build();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "Eén code van een lijst (iedereen)")
    @APIResponse(responseCode = "200", description = "De code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferenceItem.class)))
    @APIResponse(responseCode = "404", description = "Geen lijst met deze naam, of de code staat er niet op",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReferenceItem get(@PathParam("list") @Parameter(description = LISTS) String list, @PathParam("code") String code) {
        return lists.find(named(list), code).orElseThrow(() -> new NotFound("partner.reference.not-found"));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een code hernoemen, (de)activeren of verplaatsen (beheerders): {labelNl, labelEn, active, position};"
            + " de code zelf verandert nooit")
    @APIResponse(responseCode = "200", description = "De code zoals ze nu is",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferenceItem.class)))
    @APIResponse(responseCode = "400", description = "Een verplicht veld ontbreekt, of 'stadsbreed' zou gedeactiveerd worden",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "404", description = "Geen lijst met deze naam, of de code staat er niet op",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReferenceItem update(@PathParam("list") @Parameter(description = LISTS) String list, @PathParam("code") String code,
                                ReferenceItemDraft draft) {
        return lists.update(named(list), code, Bodies.required(draft));
    }

    private static ReferenceList named(String list) {
        return ReferenceList.of(list).orElseThrow(() -> new NotFound("partner.reference.list.unknown", LISTS));
    }
}
