package be.draaischijf.web.api;

import be.draaischijf.platform.privacy.RetentionKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one run of the retention rules did to one kind of record. */
@Schema(description = "Wat het toepassen van de bewaartermijnen met één soort gegevens deed")
public record RetentionCount(
        @Schema(example = "CLOSED_CASES") RetentionKind kind,
        @Schema(description = "De soort in woorden", example = "Afgesloten dossiers") String label,
        @Schema(description = "Hoeveel gegevens geanonimiseerd of verwijderd werden", example = "3") int count,
        @Schema(description = "Hetzelfde in een zin", example = "3 afgesloten dossiers geanonimiseerd") String text) {
}
