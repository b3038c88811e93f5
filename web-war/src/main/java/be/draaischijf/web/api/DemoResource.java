package be.draaischijf.web.api;

import be.draaischijf.partner.api.DemoVolume;
import be.draaischijf.referral.api.ReferralCases;
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

    @EJB
    ReferralCases cases;

    @POST
    @Path("offers")
    @Operation(summary = "Demo: vult het aanbod aan met gegenereerd aanbod tot het opgegeven totaal (benchmark)")
    public JsonObject offers(@QueryParam("total") String total) {
        Integer wanted = QueryParams.integer("total", total);
        int added = volume.fillOffersUpTo(wanted == null ? 10000 : wanted);
        return Json.createObjectBuilder().add("added", added).build();
    }

    @POST
    @Path("cases")
    @Operation(summary = "Demo: voegt zoveel gegenereerde dossiers toe (\"Demo Jongere n\", kenmerk DV-n; hoogstens 200 000 per keer) en geeft het totaal (benchmark werkbank)")
    public JsonObject cases(@QueryParam("count") String count) {
        Integer wanted = QueryParams.integer("count", count);
        long total = cases.generateDemoCases(wanted == null ? 1000 : wanted);
        return Json.createObjectBuilder().add("total", total).build();
    }
}
