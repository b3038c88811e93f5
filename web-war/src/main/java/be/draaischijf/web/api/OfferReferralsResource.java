package be.draaischijf.web.api;

import be.draaischijf.referral.api.OfferReferrals;
import be.draaischijf.referral.api.PartnerReferralView;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/offer-referrals: referrals of cases to partner offers, as the receiving organisation's staff see and
 * answer them. The referral module shows a partner only what was sent to their own organisation; anything
 * else is 404, also for a guessed id. Each referral carries the contact point of its case ({@code contactPoint}) and,
 * only when the young person or a parent consented, who asked the question ({@code referrer}; absent otherwise,
 * ADR 0038). A referral whose details the partner no longer needs (consent withdrawn, or ended long enough ago) carries
 * only its reference, offer and status ({@code detailsWithheld}, {@code withheldBecause}; ADR 0041).
 */
@Path("offer-referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Doorverwijzingen", description = "Doorverwijzingen naar aanbod, zoals de ontvangende partner ze ziet")
public class OfferReferralsResource {

    @EJB
    OfferReferrals referrals;

    @Context
    SecurityContext security;

    /** What every referral in these answers holds, for the OpenAPI document. */
    static final String FIELDS = "Elke doorverwijzing: referral (aanbod, status, replyBy, replyOverdue, version, next),"
            + " youngFirstName, youngLastName, age, district, schoolStatus, question, problemAreas, coordinator (de"
            + " coördinator van het dossier, of afwezig), contactPoint {name, email, phone}: het contactpunt van het"
            + " dossier, en referrer {name, function, organisation, email, phone}: wie de vraag stelde, alleen als de"
            + " jongere of een ouder toestemming gaf om de vraag te delen (anders afwezig; neem dan contact op met het"
            + " contactpunt). Heeft de partner de gegevens van de jongere niet meer nodig, dan is detailsWithheld true en"
            + " zegt withheldBecause waarom: CONSENT_WITHDRAWN (de doorverwijzing steunde op toestemming en die is"
            + " ingetrokken) of REFERRAL_ENDED (de doorverwijzing is langer afgelopen dan de ingestelde termijn, standaard"
            + " 30 dagen); dan ontbreken naam, leeftijd, wijk, schoolsituatie, vraag, probleemgebieden en referrer, en"
            + " blijven het kenmerk, het aanbod en de status. Elke getoonde doorverwijzing komt in het auditlog van haar"
            + " dossier.";

    @GET
    @Operation(summary = "De doorverwijzingen naar het aanbod van de eigen organisatie, open eerst, per pagina;"
            + " X-Total-Count geeft het totaal (partners)", description = FIELDS)
    public Response list(@Parameter(description = "eerste rij, vanaf 0") @QueryParam("offset") String offset,
                         @Parameter(description = "rijen per pagina, 1 tot 500 (standaard 50)") @QueryParam("size") String size) {
        Integer from = QueryParams.integer("offset", offset);
        Integer pageSize = QueryParams.integer("size", size);
        List<PartnerReferralView> page = referrals.forMyOrganisation(from == null ? 0 : from,
                pageSize == null ? 50 : pageSize);
        return Response.ok(page).header("X-Total-Count", referrals.countForMyOrganisation()).build();
    }

    @GET
    @Path("awaiting")
    @Operation(summary = "De doorverwijzingen die op het antwoord van de eigen organisatie wachten (PROPOSED: nog niet"
            + " aanvaard of geweigerd), de vroegste replyBy eerst; X-Total-Count geeft hoeveel er in totaal wachten"
            + " (partners)", description = FIELDS)
    public Response awaiting(@Parameter(description = "hoogstens zoveel, 1 tot 500 (standaard 50)") @QueryParam("size") String size) {
        Integer most = QueryParams.integer("size", size);
        List<PartnerReferralView> waiting = referrals.awaitingMyAnswer(most == null ? 50 : most);
        return Response.ok(waiting).header("X-Total-Count", referrals.countAwaitingMyAnswer()).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén doorverwijzing met wat de partner nodig heeft; het lezen wordt gelogd."
            + " 404 als ze niet naar de eigen organisatie gestuurd werd", description = FIELDS)
    public PartnerReferralView open(@PathParam("id") UUID id) {
        return referrals.open(id);
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Antwoorden op een doorverwijzing ({version, to: ACCEPTED, DECLINED, STARTED, COMPLETED of"
            + " STOPPED, reason bij DECLINED, note}); 400 zonder reden bij DECLINED (of met een reden bij een ander"
            + " antwoord); 409 als de overgang niet kan of als ze intussen wijzigde")
    public PartnerReferralView answer(@PathParam("id") UUID id, OfferReferralAnswer answer) {
        OfferReferralAnswer body = Bodies.required(answer);
        return referrals.answer(id, Bodies.version(body.version()), body.to(), body.reason(),
                body.note());
    }
}
