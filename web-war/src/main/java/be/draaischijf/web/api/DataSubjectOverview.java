package be.draaischijf.web.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Answer of {@code GET /api/data-subjects}: what each module holds about one data subject, one entry per record (kind
 * in words, id, reference, when made); every module listed, an empty one too. The values themselves are in the export.
 */
@Schema(description = "Wat elke module over een betrokkene bewaart: per module de gevonden gegevens, zonder hun inhoud")
public record DataSubjectOverview(
        @Schema(description = "Over wie: voor- en achternaam, of het e-mailadres") String subject,
        @Schema(description = "Hoeveel gegevens er in totaal zijn") int total,
        List<Module> modules) {

    public DataSubjectOverview {
        modules = List.copyOf(modules);
    }

    /** One module and what it holds. */
    @Schema(name = "DataSubjectModule")
    public record Module(
            @Schema(description = "referral, training of identity", example = "referral") String module,
            @Schema(description = "Het deel van de toepassing, in de taal van de aanvraag",
                    example = "Dossiers van het Centraal Meldpunt") String label,
            List<Found> records) {

        public Module {
            records = List.copyOf(records);
        }
    }

    /** One record, without its values. */
    @Schema(name = "DataSubjectRecord")
    public record Found(
            @Schema(description = "De module die het bewaart", example = "referral") String module,
            @Schema(description = "De soort, als code: case, caseAsReferrer, conferenceParticipant, account, securityEvent,"
                    + " registration, newsletter", example = "case") String kind,
            @Schema(description = "De soort in woorden, in de taal van de aanvraag", example = "Dossier") String kindLabel,
            UUID id,
            @Schema(description = "Het kenmerk, als het er een heeft", example = "DS-2026-0142", nullable = true) String reference,
            Instant createdAt) {
    }
}
