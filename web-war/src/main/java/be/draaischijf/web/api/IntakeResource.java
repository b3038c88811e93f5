package be.draaischijf.web.api;

import be.draaischijf.referral.api.CaseDetail;
import be.draaischijf.referral.api.ReferralPrivacy;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
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
 * /api/referrals/{id}/intake: the data subject's right to rectification (GDPR article 16, ADR 0044): a coordinator
 * corrects the young person's details of the intake. The case timeline keeps the old value (erased with the case later);
 * the audit log names the fields changed, never their values. Logged in (web.xml); the referral module lets the case's
 * coordinators only.
 */
@Path("referrals/{id}/intake")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(ref = "Dossiers") // the tag is described once, on ReferralsResource
public class IntakeResource {

    @EJB
    ReferralPrivacy privacy;

    @PUT
    @Operation(summary = "Gegevens van de aanmelding verbeteren (coördinatoren): {version, firstName, lastName, birthDate,"
            + " postcode, school, schoolYear}; een veld dat ontbreekt of null is, blijft zoals het is. De tijdlijn bewaart de"
            + " oude waarde, de auditlog alleen welke velden wijzigden. Geeft het dossier terug")
    @APIResponse(responseCode = "200", description = "Het dossier met de verbeterde gegevens en een nieuwe versie",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseDetail.class)))
    @APIResponse(responseCode = "400", description = "Geen versie, of een veld dat niet klopt (zoals bij de aanmelding):"
            + " één fout per veld",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", description = "Geen coördinator",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Geen dossier met dit id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Het dossier wijzigde intussen (een andere versie), of het is"
            + " geanonimiseerd",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CaseDetail rectify(@PathParam("id") UUID id, IntakeRectification body) {
        IntakeRectification rectification = Bodies.required(body);
        return privacy.rectify(id, Bodies.version(rectification.version()), rectification.correction());
    }
}
