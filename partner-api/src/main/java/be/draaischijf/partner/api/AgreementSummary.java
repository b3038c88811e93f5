package be.draaischijf.partner.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the public may know of an agreement in force (on a partner's page): who takes part, why, and for how long; no
 * contact persons and no document.
 */
public record AgreementSummary(
        UUID id,
        List<PartyName> parties,
        String purpose,
        LocalDate startsOn,
        LocalDate endsOn) {

    public AgreementSummary {
        parties = List.copyOf(parties);
    }

    /** A party by its name; the network itself has neither id nor name (pages say "the network" in their language). */
    public record PartyName(UUID organisationId, String organisationName) {

        public boolean network() {
            return organisationId == null;
        }
    }
}
