package be.draaischijf.web.api;

import be.draaischijf.platform.privacy.RetentionKind;
import be.draaischijf.platform.privacy.RetentionPeriods;
import be.draaischijf.web.privacy.RetentionLabels;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One kind of record's retention period in force, where it comes from, and who last set it on /beheer. */
@Schema(description = "De bewaartermijn van één soort gegevens, waar ze vandaan komt en wie ze het laatst wijzigde")
public record RetentionSettingView(
        @Schema(example = "CLOSED_CASES") RetentionKind kind,
        @Schema(description = "De soort in woorden, in de taal van de aanvraag", example = "Afgesloten dossiers") String label,
        @Schema(description = "Wat er na de termijn gebeurt, in woorden") String what,
        @Schema(description = "De module die de regel toepast", example = "referral") String module,
        @Schema(description = "Of een beheerder de termijn mag wijzigen (auditregels volgen de dossiers)") boolean configurable,
        @Schema(description = "De termijn, ISO-8601", example = "P5Y") String period,
        @Schema(description = "De termijn in woorden", example = "5 jaar") String periodText,
        @Schema(description = "DEFAULT, CONFIGURATION of ADMINISTRATOR") RetentionPeriods.Source source,
        @Schema(description = "Waar de termijn vandaan komt, in woorden", example = "Standaard") String sourceLabel,
        @Schema(description = "Wie de termijn op /beheer zette", nullable = true) String changedBy,
        @Schema(description = "Wanneer", nullable = true) Instant changedAt) {

    static RetentionSettingView of(RetentionPeriods.Setting setting, RetentionLabels texts) {
        RetentionKind kind = setting.kind();
        return new RetentionSettingView(kind, texts.kind(kind), texts.what(kind), kind.module(), kind.configurable(),
                setting.period().toString(), texts.period(setting.period()), setting.source(), texts.source(setting),
                setting.changedBy(), setting.changedAt());
    }
}
