package be.draaischijf.web.api;

import be.draaischijf.identity.api.Roles;
import be.draaischijf.platform.privacy.RetentionKind;
import be.draaischijf.platform.privacy.RetentionPeriods;
import be.draaischijf.platform.refusal.NotPermitted;
import be.draaischijf.web.privacy.PrivacyModules;
import be.draaischijf.web.privacy.RetentionLabels;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/retention: how long each kind of record is kept in full (issue 16, ADR 0043), for administrators: the periods in
 * force and where they come from, a period changed or given back to the configuration, and every module's retention
 * rules applied now (as the daily timers do). Anyone else gets a 403 problem, nobody logged in a 401.
 */
@Path("retention")
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Beheer") // the tag is listed once, on OutboxResource
public class RetentionResource {

    @Inject
    PrivacyModules modules;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "De bewaartermijn van elke soort gegevens (beheerders): de termijn die geldt, in woorden, en waar"
            + " ze vandaan komt: de standaard, de configuratie (draaischijf.retention.*) of een beheerder (wie, wanneer)")
    @APIResponse(responseCode = "200", description = "Elke soort, in een vaste volgorde",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RetentionSettingView.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", description = "Geen beheerder",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RetentionSettingView> list() {
        administrator();
        RetentionLabels texts = RetentionLabels.in(Problems.language(headers));
        return modules.periods().all().values().stream().map(setting -> RetentionSettingView.of(setting, texts)).toList();
    }

    @PUT
    @Path("{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "De bewaartermijn van één soort wijzigen (beheerders): {period} als ISO-8601 (P5Y, P18M, P30D), van"
            + " 1 dag tot 30 jaar; null zet ze terug op de configuratie. Geldt meteen, op elke server. Auditregels volgen de"
            + " termijn van afgesloten dossiers en hebben geen eigen termijn")
    @APIResponse(responseCode = "200", description = "De termijn die nu geldt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetentionSettingView.class)))
    @APIResponse(responseCode = "400", description = "Geen geldige termijn, korter dan een dag of langer dan 30 jaar, of een"
            + " soort zonder eigen termijn",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", description = "Geen beheerder",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Geen soort met deze naam",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RetentionSettingView change(
            @Parameter(description = "de soort, bv. CLOSED_CASES of closed-cases") @PathParam("kind") String kind,
            RetentionChange body) {
        String administrator = administrator();
        RetentionKind which = kind(kind);
        RetentionChange change = Bodies.required(body);
        if (!which.configurable()) {
            throw new BadInput("kind", "api.input.retention.follows-cases");
        }
        RetentionPeriods periods = modules.periods();
        periods.change(which, period(change.period()), administrator, Instant.now());
        return RetentionSettingView.of(periods.all().get(which), RetentionLabels.in(Problems.language(headers)));
    }

    @POST
    @Path("run")
    @Operation(summary = "Pas de bewaartermijnen nu toe (beheerders), zoals de dagelijkse timers doen: elke module anonimiseert"
            + " of verwijdert wat voorbij zijn termijn is. Zegt per soort hoeveel; een tweede keer verandert niets meer")
    @APIResponse(responseCode = "200", description = "Per soort, in een vaste volgorde, hoeveel gegevens geanonimiseerd of"
            + " verwijderd werden (ook 0)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RetentionCount.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", description = "Geen beheerder",
            content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RetentionCount> run() {
        administrator();
        RetentionLabels texts = RetentionLabels.in(Problems.language(headers));
        Map<RetentionKind, Integer> done = modules.applyRetention(Instant.now());
        return done.entrySet().stream()
                .map(kind -> new RetentionCount(kind.getKey(), texts.kind(kind.getKey()), kind.getValue(),
                        texts.done(kind.getKey(), kind.getValue())))
                .toList();
    }

    /** 401 for nobody, 403 for anyone but an administrator; the administrator's name. */
    private String administrator() {
        String name = Callers.name(security);
        if (!security.isUserInRole(Roles.ADMIN)) {
            throw new NotPermitted("draaischijf.administrators-only");
        }
        return name;
    }

    /** A kind by its name ({@code CLOSED_CASES}) or its configuration key ({@code closed-cases}); else 404. */
    static RetentionKind kind(String name) {
        try {
            return RetentionKind.valueOf(name.strip().replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }

    /** The period asked for; null (back to the configuration) when none. */
    static Period period(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Period period;
        try {
            period = Period.parse(text.strip().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new BadInput("period", "api.input.period");
        }
        if (!RetentionPeriods.within(period)) {
            throw new BadInput("period", "api.input.period.range");
        }
        return period;
    }
}
