package be.draaischijf.web.api;

import be.draaischijf.referral.api.CaseAccessGrant;
import be.draaischijf.referral.api.ReferralCases;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/referrals/{id}/break-glass: an administrator opens one case with a written reason (ADR 0042); until then their
 * {@code GET /api/referrals/{id}} is a 403. Logged in (web.xml, as all of /api/referrals); the referral module lets
 * administrators only (anyone else: 403 as a problem).
 */
@Path("referrals/{id}/break-glass")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(ref = "Dossiers") // the tag is described once, on ReferralsResource
public class BreakGlassResource {

    @EJB
    ReferralCases cases;

    @POST
    @Operation(summary = "Een dossier openen als beheerder, met een geschreven reden ({reason}: 20 tot 1000 tekens), bv. voor"
            + " een vraag van de betrokkene of een incident. Daarna leest de beheerder het dossier enkele uren"
            + " (draaischijf.referrals.break-glass-hours, standaard 8). De reden komt in de tijdlijn van het dossier en in een"
            + " e-mail aan zijn coördinatoren; het auditlog vermeldt de opening zonder de reden")
    @APIResponse(responseCode = "200", description = "De toegang: dossier, beheerder, reden, van wanneer tot wanneer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseAccessGrant.class)))
    @APIResponse(responseCode = "400", description = "Geen reden, of een reden korter dan 20 of langer dan 1000 tekens",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", description = "Geen beheerder",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Geen dossier met dit id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Een coördinator leest dossiers zonder reden: niet nodig",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CaseAccessGrant breakGlass(@PathParam("id") UUID id, BreakGlassReason body) {
        return cases.breakGlass(id, Bodies.required(body).reason());
    }
}
