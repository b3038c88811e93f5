package be.draaischijf.referral.api;

import java.io.Serializable;

/**
 * One line of the capacity gap's export, so the figure can be reproduced: a case (its reference) that counts as one
 * extra place for a problem area, why ({@code NO_FITTING_OFFER}, {@code NO_CAPACITY}, {@code WAITING_TOO_LONG} for a
 * recorded unmet need; {@code WAITED} for a referral that waited longer than the acceptable time), and the weeks waited
 * when known. No names.
 */
public record CapacityGapCase(
        String reference,
        String problemArea,
        AgeBand ageBand,
        String district,
        String why,
        Double waitWeeks) implements Serializable {
}
