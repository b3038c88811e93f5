package be.draaischijf.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What every error of the API looks like (RFC 9457, {@code application/problem+json}), for the OpenAPI document
 * only: {@link Problems} writes it.
 */
@Schema(name = "Problem", description = "Een fout volgens RFC 9457 (application/problem+json), met een titel en uitleg"
        + " in de taal van Accept-Language (Nederlands tenzij Engels gevraagd wordt); nooit een stacktrace")
public record Problem(
        @Schema(description = "Altijd about:blank: de status en de titel zeggen wat er misliep", example = "about:blank")
        String type,
        @Schema(description = "Korte titel", example = "Ongeldige invoer")
        String title,
        @Schema(description = "De HTTP-statuscode", example = "400")
        int status,
        @Schema(description = "Wat er misliep en wat je kan doen (niet altijd aanwezig)", nullable = true)
        String detail,
        @Schema(description = "Het pad van de aanvraag", example = "/api/sessions/3f6c…/registrations")
        String instance,
        @Schema(description = "Bij 400 Ongeldige invoer: één fout per veld, met de veldnaam zoals in de aanvraag",
                nullable = true)
        List<FieldError> errors,
        @Schema(description = "Bij sommige 409's: waarom, als code voor programma's", nullable = true,
                enumeration = {"NOT_OPEN_YET", "CLOSED", "NOT_PUBLISHED", "SESSION_CANCELLED", "ALREADY_REGISTERED",
                    "NO_LEGAL_GROUND"})
        String reason) {

    /** One field's error in a 400 problem. */
    @Schema(name = "FieldError", description = "Een veld met een fout")
    public record FieldError(
            @Schema(description = "Het veld zoals in de JSON van de aanvraag (bv. email, consent) of de queryparameter",
                    example = "email")
            String field,
            @Schema(description = "Wat er mis is, in de taal van de aanvraag", example = "is geen geldig e-mailadres")
            String message) {
    }
}
