package be.draaischijf.web.api;

import be.draaischijf.referral.api.AuditCheck;
import be.draaischijf.referral.api.CaseAudit;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/audit: the check of the case audit log's hash chains (ADR 0040). Logged in (web.xml); the referral module
 * lets administrators only (anyone else: 403 as a problem).
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Beheer") // the tag is listed once, on OutboxResource
public class AuditResource {

    @EJB
    CaseAudit audit;

    @GET
    @Path("verify")
    @Operation(summary = "Controleer de auditlog van de dossiers (beheerders): elke regel draagt de hash van de vorige;"
            + " de controle rekent elke keten na en zegt waar ze breekt: een gewijzigde regel (EDITED), een ontbrekende"
            + " regel (GAP) of een dossier waarvan de laatste regels ontbreken (HEAD_MISMATCH). Hoogstens 1000 breuken;"
            + " de tellingen gelden voor de hele log.")
    @APIResponse(responseCode = "200", description = "Hoeveel regels van hoeveel dossiers gecontroleerd zijn, of alles"
            + " intact is, en de breuken (dossier, regelnummer, probleem)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditCheck.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", description = "Geen beheerder",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AuditCheck verify() {
        return audit.verify();
    }
}
