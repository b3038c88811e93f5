package be.draaischijf.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Draaischijf API", version = "0.1",
        description = "Centraal Meldpunt, partners en vormingen. Aanmelden met de browsersessie, met HTTP Basic, of (verplicht"
                + " voor een account met tweestapsverificatie) met een persoonlijke API-sleutel: Authorization: Bearer <sleutel>,"
                + " te maken op /account/beveiliging."),
        components = @Components(responses = {
            @APIResponse(name = RestApplication.NOT_LOGGED_IN, description = "Niet aangemeld",
                    headers = @Header(name = "WWW-Authenticate", description = "Basic realm=\"Draaischijf\"", schema = @Schema(type = SchemaType.STRING)),
                    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = RestApplication.NOT_A_COORDINATOR, description = "Geen coördinator of beheerder",
                    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = RestApplication.NO_SUCH_SESSION, description = "Geen sessie met dit id",
                    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = RestApplication.INVALID_LINK, description = "Deze link is niet (meer) geldig",
                    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = RestApplication.TOO_MANY, description = "Te veel pogingen vanaf hetzelfde adres; niets"
                    + " bewaard",
                    headers = @Header(name = "Retry-After", description = "seconden tot een nieuwe poging kan",
                            schema = @Schema(type = SchemaType.INTEGER)),
                    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
            @APIResponse(name = RestApplication.BUSY, description = "Even te druk (veel mensen tegelijk); niets bewaard of"
                    + " gewijzigd: probeer na Retry-After opnieuw",
                    headers = @Header(name = "Retry-After", description = "seconden", schema = @Schema(type = SchemaType.INTEGER)),
                    content = @Content(mediaType = Problems.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
        }))
public class RestApplication extends Application {

    /** Problem responses the operations share, by name ({@code #/components/responses/…}). */
    static final String NOT_LOGGED_IN = "NietAangemeld";
    static final String NOT_A_COORDINATOR = "GeenCoordinator";
    static final String NO_SUCH_SESSION = "SessieNietGevonden";
    static final String INVALID_LINK = "LinkOngeldig";
    static final String BUSY = "EvenTeDruk";
    static final String TOO_MANY = "TeVeelPogingen";
}
