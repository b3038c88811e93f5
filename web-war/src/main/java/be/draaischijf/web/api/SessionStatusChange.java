package be.draaischijf.web.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/sessions/{id}/publish} and {@code /cancel}: the version read and, to cancel, the reason. */
@Schema(name = "SessionStatusChange", description = "De versie die je las en, bij annuleren, de reden",
        requiredProperties = {"version"})
public record SessionStatusChange(
        @Schema(description = "De versie van de sessie die je las (409 als ze intussen wijzigde)", example = "3")
        Integer version,
        @Schema(description = "Bij annuleren: de reden, die in de e-mail aan de deelnemers staat; hoogstens 1000 tekens",
                maxLength = 1000, nullable = true)
        String reason) {
}
