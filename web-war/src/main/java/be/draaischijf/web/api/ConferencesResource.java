package be.draaischijf.web.api;

import be.draaischijf.referral.api.CaseConferences;
import be.draaischijf.referral.api.ConferenceView;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/conferences: case conferences (netwerkoverleg). Coordinators see and write up every conference; a
 * participant with an account sees only the conferences they take part in. Planning one is
 * {@code POST /api/referrals/{id}/conferences}.
 */
@Path("conferences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Netwerkoverleg", description = "Netwerkoverleg over een dossier")
public class ConferencesResource {

    @EJB
    CaseConferences conferences;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "De netwerkoverleggen waaraan de aanvrager deelneemt (coördinatoren: alle komende)")
    public List<ConferenceView> mine() {
        return conferences.mine();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén netwerkoverleg, met zijn versie (coördinatoren en deelnemers); het lezen wordt gelogd")
    public ConferenceView open(@PathParam("id") UUID id) {
        return conferences.open(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een netwerkoverleg bijwerken: agenda, verslag, afspraken ({version, conference});"
            + " 409 als het intussen wijzigde")
    public ConferenceView update(@PathParam("id") UUID id, ConferenceChange change) {
        ConferenceChange body = Bodies.required(change);
        return conferences.update(id, Bodies.version(body.version()), body.conference());
    }
}
