package be.draaischijf.web.api;

import be.draaischijf.network.api.Signals;
import be.draaischijf.network.api.ThemeCount;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.partner.api.ReferenceLists;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/themes: the themes of the network's signals (the reference list {@code signal-themes}), each with its name in the
 * caller's language ({@code Accept-Language}, Dutch by default) and how many signals name it; coordinators and
 * administrators.
 */
@Path("themes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(ref = "Signalen en thema's") // the tag is described once, on SignalsResource
public class ThemesResource {

    @EJB
    Signals signals;

    @EJB
    ReferenceLists lists;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Alle thema's in de volgorde van de lijst, ook gedeactiveerde (active: false), met hun naam in de taal"
            + " van de aanvrager en het aantal signalen")
    @APIResponse(responseCode = "200", description = "De thema's",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SignalTheme.class)))
    @APIResponse(responseCode = "401", ref = RestApplication.NOT_LOGGED_IN)
    @APIResponse(responseCode = "403", ref = RestApplication.NOT_A_COORDINATOR)
    public List<SignalTheme> list() {
        Callers.coordinator(security);
        String language = Problems.language(headers).getLanguage();
        Map<String, Long> counts = signals.perTheme().stream().collect(Collectors.toMap(ThemeCount::code, ThemeCount::signals));
        return lists.items(ReferenceList.SIGNAL_THEME).stream()
                .map(item -> new SignalTheme(item.code(), item.label(language), counts.getOrDefault(item.code(), 0L), item.active()))
                .toList();
    }
}
