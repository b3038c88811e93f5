package be.draaischijf.partner.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A cooperation agreement as coordinators see it. {@code status} is as it stands today (an active agreement whose end
 * date passed is ENDED); {@code endingSoon}: active and ending within three months. {@code documentName} is null while
 * no signed document was uploaded; {@code remindedOn} the day the reminder before its end went out (null: not yet).
 */
public record AgreementView(
        UUID id,
        List<AgreementPartyView> parties,
        String purpose,
        LocalDate startsOn,
        LocalDate endsOn,
        AgreementStatus status,
        boolean endingSoon,
        String documentName,
        long documentSize,
        LocalDate remindedOn,
        int version) implements Serializable {

    public AgreementView {
        parties = List.copyOf(parties);
    }

    /** Whether the signed document was uploaded. */
    public boolean hasDocument() {
        return documentName != null;
    }
}
