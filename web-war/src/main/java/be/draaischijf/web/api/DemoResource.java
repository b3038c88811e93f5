package be.draaischijf.web.api;

import be.draaischijf.partner.api.DemoVolume;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/demo: volume for benchmarks, demo mode only, administrators only (web.xml). */
@Path("demo")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Demo")
public class DemoResource {

    @EJB
    DemoVolume volume;

    @POST
    @Path("offers")
    @Operation(summary = "Demo: vult het aanbod aan met gegenereerd aanbod tot het opgegeven totaal (benchmark)")
    public JsonObject offers(@QueryParam("total") String total) {
        Integer wanted = QueryParams.integer("total", total);
        int added = volume.fillOffersUpTo(wanted == null ? 10000 : wanted);
        return Json.createObjectBuilder().add("added", added).build();
    }
}
