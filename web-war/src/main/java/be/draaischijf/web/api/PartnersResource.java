package be.draaischijf.web.api;

import be.draaischijf.partner.api.OrganisationView;
import be.draaischijf.partner.api.Organisations;
import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/partners: the public directory of partner organisations. */
@Path("partners")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partners")
public class PartnersResource {

    @EJB
    Organisations organisations;

    @GET
    @Operation(summary = "Actieve partnerorganisaties op naam, per pagina")
    public List<OrganisationView> list(
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("size") @DefaultValue("50") int size) {
        return organisations.listActive(offset, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Een partnerorganisatie")
    public OrganisationView find(@PathParam("id") UUID id) {
        return organisations.find(id).orElseThrow(NotFoundException::new);
    }
}
