package be.draaischijf.web.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * OpenAPI descriptions of training answers whose Java type the OpenAPI scan cannot see (the resource returns a
 * {@code Response} or a {@code JsonObject}). Documentation only: each mirrors, component for component, what the
 * resource writes (a unit test keeps them in step with the module's records).
 */
final class TrainingSchemas {

    private TrainingSchemas() {
    }

    /** Mirrors {@link be.draaischijf.training.api.RegistrationResult}. */
    @Schema(name = "RegistrationResult", description = "Wat de inschrijving kreeg: een plaats of een plaats op de wachtlijst",
            requiredProperties = {"id", "status", "cancelToken"})
    record RegistrationResult(
            @Schema(description = "Id van de inschrijving")
            UUID id,
            @Schema(description = "CONFIRMED: je hebt een plaats; WAITLISTED: je staat op de wachtlijst; CANCELLED alleen"
                    + " bij een herhaling met dezelfde Idempotency-Key van een inschrijving die intussen geannuleerd werd",
                    enumeration = {"CONFIRMED", "WAITLISTED", "CANCELLED"})
            String status,
            @Schema(description = "Plaats op de wachtlijst (1 = eerstvolgende); null bij CONFIRMED", nullable = true,
                    example = "3")
            Integer position,
            @Schema(description = "Het token om je inschrijving te bekijken of te annuleren (GET en DELETE"
                    + " /api/registrations/{token}, de link /inschrijving/{token}); wordt maar één keer getoond en"
                    + " staat ook in de e-mail", example = "q0V2gk9yZ1b3aW5nLXNpZ25hbGVuLXZhbi1zY2hvb2w")
            String cancelToken) {
    }

    /** Mirrors the answer of {@code DELETE /api/registrations/{token}}. */
    @Schema(name = "CancelResult", description = "Wat het annuleren deed", requiredProperties = "outcome")
    record CancelResult(
            @Schema(description = "CANCELLED: je plaats is vrijgegeven (de eerste wachtende krijgt ze);"
                    + " LEFT_WAITING_LIST: je staat niet meer op de wachtlijst; ALREADY_CANCELLED: dit was al"
                    + " geannuleerd", enumeration = {"CANCELLED", "LEFT_WAITING_LIST", "ALREADY_CANCELLED"})
            String outcome) {
    }
}
