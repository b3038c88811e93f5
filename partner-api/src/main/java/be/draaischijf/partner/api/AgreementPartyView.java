package be.draaischijf.partner.api;

import java.io.Serializable;
import java.util.UUID;

/**
 * A party to an agreement as coordinators see it: the organisation (its id and name; both null for the network itself)
 * and its contact person for the agreement.
 */
public record AgreementPartyView(
        UUID organisationId,
        String organisationName,
        String contactName,
        String contactEmail,
        String contactPhone) implements Serializable {

    /** Whether this party is the network itself. */
    public boolean network() {
        return organisationId == null;
    }
}
