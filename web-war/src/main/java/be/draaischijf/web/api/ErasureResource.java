package be.draaischijf.web.api;

import be.draaischijf.referral.api.ErasureRecord;
import be.draaischijf.referral.api.ReferralPrivacy;
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
 * /api/referrals/{id}/erasure: a case erased on the data subject's request (GDPR article 17, ADR 0044), by an
 * administrator with a written reason: anonymised now, as retention would later, with the reason and the administrator
 * recorded. Logged in (web.xml, as all of /api/referrals); the referral module lets administrators only.
 */
@Path("referrals/{id}/erasure")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(ref = "Dossiers") // the tag is described once, on ReferralsResource
public class ErasureResource {

    @EJB
    ReferralPrivacy privacy;

    @POST
    @Operation(summary = "Een dossier wissen op verzoek van de betrokkene (beheerders), met een reden ({reason}: 10 tot 500"
            + " tekens): namen, geboortedatum, contactgegevens, school en elke vrije tekst gaan weg; kenmerk, status, datums,"
            + " probleemgebieden, wijk, leeftijdsgroep en afloop blijven, zodat de rapporten dezelfde tellingen geven. De"
            + " reden en wie wiste worden bewaard; de auditlog vermeldt het wissen")
    @APIResponse(responseCode = "200", description = "Wat gewist is: dossier, kenmerk, wanneer en door wie",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureRecord.class)))
    @APIResponse(responseCode = "400", description = "Geen reden, of een reden korter dan 10 of langer dan 500 tekens",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", description = "Geen beheerder",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Geen dossier met dit id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Het dossier is al gewist",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ErasureRecord erase(@PathParam("id") UUID id, ErasureReason body) {
        return privacy.erase(id, Bodies.required(body).reason());
    }
}
