package be.draaischijf.web.api;

import be.draaischijf.identity.api.AccountChange;
import be.draaischijf.identity.api.AccountFilter;
import be.draaischijf.identity.api.AccountUpdate;
import be.draaischijf.identity.api.Role;
import be.draaischijf.identity.api.StaffAccount;
import be.draaischijf.identity.api.StaffAccounts;
import be.draaischijf.identity.api.StaffInvitation;
import be.draaischijf.platform.refusal.FieldError;
import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotFound;
import be.draaischijf.referral.api.ContactPoints;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/accounts: administrators manage everyone's account: invite, find and filter, change name, roles and
 * organisation, deactivate and reactivate, unlock, send an invitation again; each change is recorded. A partner's
 * administrator (PARTNER_ADMIN) does the same for their own organisation's colleagues, except changing roles and
 * unlocking (the module decides; web.xml lets only these two roles in).
 */
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts beheren", description = "Accounts, rollen en hun wijzigingen (beheerders)")
@APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
@APIResponse(responseCode = "403", description = "Geen beheerder (of, voor rollen wijzigen en ontgrendelen, geen beheerder van"
        + " het hele netwerk)",
        content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AccountsResource {

    @EJB
    StaffAccounts accounts;

    @EJB
    ContactPoints contactPoints;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Iemand uitnodigen ({email, displayName, roles, organisationId, contactPointId, language}): het"
            + " account wacht tot"
            + " de uitgenodigde via de gemailde link (7 dagen geldig) een wachtwoord kiest. 201 met het account")
    @APIResponse(responseCode = "201", description = "Het nieuwe account (pending)",
            headers = @Header(name = "Location", description = "/api/accounts/{id}", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffAccount.class)))
    @APIResponse(responseCode = "400", description = "Een verplicht veld ontbreekt, het adres heeft al een account, of een rol"
            + " die je niet mag geven",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response invite(AccountInvite invite) {
        AccountInvite body = Bodies.required(invite);
        StaffAccount created = accounts.invite(new StaffInvitation(body.email(), body.displayName(), body.roles(),
                body.organisationId(), knownContactPoint(body.contactPointId()), body.language()));
        return Response.created(uri.getBaseUriBuilder().path("accounts").path(created.id().toString()).build())
                .entity(created).build();
    }

    @POST
    @Path("{id}/invitation")
    @Operation(summary = "De uitnodiging opnieuw mailen aan een account dat nog wacht; eerdere links werken dan niet meer")
    @APIResponse(responseCode = "409", description = "Het account is al in gebruik (NOT_PENDING), of er ging minder dan een"
            + " minuut geleden al een uitnodiging (TOO_SOON)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StaffAccount resendInvitation(@PathParam("id") UUID id) {
        return accounts.resendInvitation(id);
    }

    @GET
    @Operation(summary = "Accounts op naam, per pagina, met filters; X-Total-Count geeft het totaal")
    @APIResponse(responseCode = "200", description = "Eén pagina accounts",
            headers = @Header(name = "X-Total-Count", description = "hoeveel accounts aan de filters voldoen",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = StaffAccount.class)))
    @APIResponse(responseCode = "400", description = "Een onbekende rol, of een ongeldige pagina of filter",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Parameter(description = "tekst in naam, e-mailadres of gebruikersnaam") @QueryParam("q") String text,
                         @Parameter(description = "ADMIN, COORDINATOR, PARTNER, PARTNER_ADMIN of PROFESSIONAL") @QueryParam("role") String role,
                         @Parameter(description = "id van de organisatie (partners)") @QueryParam("organisationId") String organisation,
                         @Parameter(description = "id van het contactpunt (coördinatoren)") @QueryParam("contactPointId") String contactPoint,
                         @Parameter(description = "true: alleen actieve; false: alleen niet-actieve") @QueryParam("active") String active,
                         @Parameter(description = "true: alleen vergrendelde (te veel mislukte aanmeldingen)") @QueryParam("locked") String locked,
                         @Parameter(description = "eerste rij, vanaf 0") @QueryParam("offset") String offset,
                         @Parameter(description = "rijen per pagina, 1 tot 500 (standaard 50)") @QueryParam("size") String size) {
        AccountFilter filter = new AccountFilter(text, QueryParams.enumValue(Role.class, "role", role),
                QueryParams.uuid("organisationId", organisation), QueryParams.uuid("contactPointId", contactPoint),
                QueryParams.bool("active", active),
                Boolean.TRUE.equals(QueryParams.bool("locked", locked)));
        List<StaffAccount> page = accounts.list(filter, QueryParams.offset(offset), QueryParams.size(size, 50, 500));
        return Response.ok(page).header("X-Total-Count", accounts.count(filter)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén account, met zijn versie")
    @APIResponse(responseCode = "404", description = "Geen account met dit id",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StaffAccount get(@PathParam("id") UUID id) {
        return accounts.get(id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Naam, rollen, organisatie en contactpunt wijzigen ({version, displayName, roles, organisationId,"
            + " contactPointId}); een rol die"
            + " wegvalt, geldt vanaf het volgende verzoek van dat account, ook in open sessies")
    @APIResponse(responseCode = "400", description = "Een verplicht veld ontbreekt (rollen, naam, organisatie voor een partner)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Intussen gewijzigd, of dit is de laatste actieve beheerder (LAST_ADMIN)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StaffAccount update(@PathParam("id") UUID id, AccountEdit edit) {
        AccountEdit body = Bodies.required(edit);
        return accounts.update(id, new AccountUpdate(body.displayName(), body.roles(), body.organisationId(),
                knownContactPoint(body.contactPointId()), Bodies.version(body.version())));
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Het account uitschakelen: geen aanmelding meer, open sessies eindigen bij hun volgende verzoek")
    @APIResponse(responseCode = "409", description = "De laatste actieve beheerder (LAST_ADMIN), of een account dat nog"
            + " nooit gebruikt werd (PENDING), of je eigen account (OWN_ACCOUNT)",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StaffAccount deactivate(@PathParam("id") UUID id) {
        return accounts.deactivate(id);
    }

    @POST
    @Path("{id}/reactivate")
    @Operation(summary = "Een uitgeschakeld account weer inschakelen")
    public StaffAccount reactivate(@PathParam("id") UUID id) {
        return accounts.reactivate(id);
    }

    @POST
    @Path("{id}/unlock")
    @Operation(summary = "Een vergrendeld account (te veel mislukte aanmeldingen) meteen weer toelaten")
    public StaffAccount unlock(@PathParam("id") UUID id) {
        return accounts.unlock(id);
    }

    @POST
    @Path("{id}/two-factor/reset")
    @Operation(summary = "De tweestapsverificatie van een account weghalen (telefoon kwijt): het meldt zich weer aan met zijn"
            + " wachtwoord, en een beheerder of coördinator stelt meteen een nieuwe in (beheerders)")
    public StaffAccount resetTwoFactor(@PathParam("id") UUID id) {
        return accounts.resetTwoFactor(id);
    }

    @GET
    @Path("{id}/changes")
    @Operation(summary = "Wat er aan het account veranderde, door wie en wanneer, nieuwste eerst")
    public List<AccountChange> changes(@PathParam("id") UUID id) {
        return accounts.changes(id);
    }

    /** A contact point the referral module knows (the identity module keeps only its id), or none. */
    private UUID knownContactPoint(UUID id) {
        if (id == null) {
            return null;
        }
        try {
            return contactPoints.get(id).id();
        } catch (NotFound unknown) {
            throw new Invalid(FieldError.of("contactPointId", "identity.contact-point.unknown"));
        }
    }
}
