package be.draaischijf.partner.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * An offer (aanbod, traject) as the directory shows it. {@code stale} is true when nobody confirmed
 * it as current for longer than the configured time; inactive offers are only shown to their editors.
 */
public record OfferView(
        UUID id,
        UUID organisationId,
        String organisationName,
        String sector,
        String name,
        String description,
        OfferKind kind,
        int minimumAge,
        int maximumAge,
        Access access,
        boolean cityWide,
        Set<String> districts,
        Set<String> problemAreas,
        Set<String> languages,
        Integer capacity,
        Integer waitingWeeks,
        String howToApply,
        String cost,
        LocalDate assuredOn,
        String assuredBy,
        boolean stale,
        boolean active) implements Serializable {

    public OfferView {
        districts = Set.copyOf(districts);
        problemAreas = Set.copyOf(problemAreas);
        languages = Set.copyOf(languages);
    }
}
